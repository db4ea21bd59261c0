package dev.parley.server.apidocs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** The operations of a served OpenAPI 3 document, reduced to what {@link RestFuzzTest} needs to call each one. */
final class OpenApiOperations {
    private OpenApiOperations() {
    }

    /** One parameter: its name, where it goes (path or query) and its schema type. */
    record Parameter(String name, String in, String type) {
    }

    /** One operation with its parameters and, if it reads JSON, the body's properties (name → schema type or format). */
    record Operation(String method, String path, List<Parameter> parameters, Map<String, String> bodyProperties,
                     boolean readsJson) {
        String name() {
            return method + " " + path;
        }
    }

    static List<Operation> of(JsonNode document) {
        JsonNode schemas = document.path("components").path("schemas");
        List<Operation> operations = new ArrayList<>();
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(entry -> {
            JsonNode operation = entry.getValue();
            List<Parameter> parameters = new ArrayList<>();
            operation.path("parameters").forEach(p -> parameters.add(new Parameter(p.get("name").asString(),
                    p.get("in").asString(), p.path("schema").path("type").asString("string"))));
            JsonNode json = operation.path("requestBody").path("content").path("application/json");
            Map<String, String> properties = new LinkedHashMap<>();
            JsonNode schema = resolve(json.path("schema"), schemas);
            schema.path("properties").properties().forEach(p -> {
                JsonNode property = resolve(p.getValue(), schemas);
                properties.put(p.getKey(), property.has("format") ? property.get("format").asString()
                        : property.path("type").asString("object"));
            });
            operations.add(new Operation(entry.getKey().toUpperCase(), path.getKey(), parameters, properties, !json.isMissingNode()));
        }));
        return operations;
    }

    private static JsonNode resolve(JsonNode schema, JsonNode schemas) {
        String ref = schema.path("$ref").asString("");
        return ref.isEmpty() ? schema : schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
    }
}
