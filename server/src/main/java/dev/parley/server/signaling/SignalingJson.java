package dev.parley.server.signaling;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The wire format of docs/protocol.md: one JSON object per WebSocket text frame, {@code type} first, then {@code id} when the
 * message replies to a request, then the fields in snake_case (record components are converted: participantId →
 * participant_id).
 */
final class SignalingJson {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .build();

    private SignalingJson() {
    }

    /**
     * Parses a client frame; never throws.
     *
     * @return the request, or null when the text is not a JSON object with a string {@code type} (and optional string id)
     */
    static Request parse(String text) {
        JsonNode node;
        try {
            node = MAPPER.readTree(text);
        } catch (JacksonException e) {
            return null;
        }
        if (node == null || !node.isObject()) {
            return null;
        }
        JsonNode type = node.get("type");
        JsonNode id = node.get("id");
        if (type == null || !type.isString() || (id != null && !id.isString() && !id.isNull())) {
            return null;
        }
        return new Request(type.asString(), id == null || id.isNull() ? null : id.asString(), node);
    }

    /** The id of a frame that parsed as JSON but failed {@link #parse}: lets an error reply still carry it. */
    static String idOf(String text) {
        try {
            JsonNode id = MAPPER.readTree(text).get("id");
            return id != null && id.isString() ? id.asString() : null;
        } catch (JacksonException | NullPointerException e) {
            return null;
        }
    }

    /** A message: {@code type}, {@code id} when not null, then the components of {@code body} (a record or map; may be null). */
    static String write(String type, String id, Object body) {
        ObjectNode message = MAPPER.createObjectNode();
        message.put("type", type);
        if (id != null) {
            message.put("id", id);
        }
        if (body != null) {
            JsonNode fields = MAPPER.valueToTree(body);
            if (fields.isObject()) {
                message.setAll((ObjectNode) fields);
            }
        }
        return MAPPER.writeValueAsString(message);
    }

    static String error(String id, String code, String message) {
        return write("error", id, new ErrorBody(code, message));
    }

    private record ErrorBody(String code, String message) {
    }
}
