package dev.parley.server.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.ApiClient;
import dev.parley.server.ParleyServerTest;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * The served OpenAPI document and the API routes Parley's controllers really map must be the same set of "METHOD path", both
 * ways: no undocumented endpoint, no documented endpoint that does not exist. API routes are those under /users, /meetings and
 * /conferences (the web client's page routes are not API).
 */
@ParleyServerTest
class OpenApiContractTest {
    private static final String[] API_PREFIXES = {"/users/", "/meetings/", "/conferences/"};

    @Autowired
    ApiClient api;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyRouteIsDocumentedAndEveryDocumentedRouteExists() {
        assertThat(documentedRoutes()).isEqualTo(servedRoutes()).contains("POST /users/register", "POST /users/login");
    }

    @Test
    void everyOperationHasASummaryAndDocumentsItsErrors() {
        JsonNode paths = apiDocs().get("paths");
        paths.properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            String name = operation.getKey().toUpperCase() + " " + path.getKey();
            assertThat(operation.getValue().path("summary").asString("")).as(name).isNotBlank();
            JsonNode responses = operation.getValue().get("responses");
            assertThat(responses.propertyNames()).as(name).anyMatch(code -> code.startsWith("2"));
            if (!name.equals("POST /users/logout")) {
                assertThat(responses.propertyNames()).as(name).anyMatch(code -> code.startsWith("4"));
            }
            responses.properties().stream().filter(r -> r.getKey().startsWith("4")).forEach(r ->
                    assertThat(r.getValue().path("content").has("application/problem+json")).as(name + " " + r.getKey()).isTrue());
        }));
    }

    @Test
    void humanReadablePageIsServed() {
        ApiClient.Response page = api.get("/api-docs.html", null);

        assertThat(page.status()).isIn(200, 302);
    }

    private Set<String> servedRoutes() {
        Set<String> routes = new TreeSet<>();
        mappings.getHandlerMethods().forEach((RequestMappingInfo info, HandlerMethod method) -> {
            if (!method.getBeanType().getPackageName().startsWith("dev.parley.server")) {
                return;
            }
            for (String path : info.getPatternValues()) {
                if (isApi(path)) {
                    info.getMethodsCondition().getMethods().forEach(m -> routes.add(m.name() + " " + path));
                }
            }
        });
        return routes;
    }

    private Set<String> documentedRoutes() {
        Set<String> routes = new TreeSet<>();
        apiDocs().get("paths").properties().forEach(path -> path.getValue().propertyNames()
                .forEach(method -> routes.add(method.toUpperCase() + " " + path.getKey())));
        return routes;
    }

    private JsonNode apiDocs() {
        ApiClient.Response response = api.get("/v3/api-docs", null);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static boolean isApi(String path) {
        for (String prefix : API_PREFIXES) {
            // "/meetings" itself (the listing) is API too, not only what lies under it.
            if (path.startsWith(prefix) || (path + "/").equals(prefix)) {
                return true;
            }
        }
        return false;
    }
}
