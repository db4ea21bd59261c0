package dev.parley.server.problem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.ApiClient;
import dev.parley.server.ParleyServerTest;
import dev.parley.server.TestUsers;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Client mistakes of every kind come back as 4xx application/problem+json with a human detail, never as 500. */
@ParleyServerTest
class ProblemApiTest {
    @LocalServerPort
    int port;
    @Autowired
    ApiClient api;

    private static JsonNode assertProblem(ApiClient.Response response, int status, String instance) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.propertyNames()).as(response.body()).contains("type", "title", "status", "detail", "instance");
        assertThat(problem.get("type").asString()).isNotBlank();
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asString()).endsWith(".");
        assertThat(problem.get("instance").asString()).isEqualTo(instance);
        return problem;
    }

    @Test
    void malformedJsonIs400() {
        JsonNode problem = assertProblem(api.postJson("/users/register", "{\"username\": \"ada\","), 400, "/users/register");

        assertThat(problem.get("type").asString()).isEqualTo("urn:parley:problem:malformed-body");
        assertThat(problem.get("detail").asString()).startsWith("The request body is not valid JSON");
    }

    @Test
    void emptyBodyIs400() {
        JsonNode problem = assertProblem(api.postJson("/users/login", ""), 400, "/users/login");

        assertThat(problem.get("detail").asString()).isEqualTo("The request body is missing or is not a JSON object.");
    }

    @Test
    void jsonArrayInsteadOfObjectIs400() {
        assertProblem(api.postJson("/users/login", "[1,2]"), 400, "/users/login");
    }

    @Test
    void wrongJsonTypeNamesTheField() {
        JsonNode problem = assertProblem(api.postJson("/users/register",
                "{\"username\": {\"first\": \"ada\"}, \"password\": \"a long password\", \"email\": \"a@example.org\"}"),
                400, "/users/register");

        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("username");
        assertThat(problem.get("errors").get(0).get("message").asString()).isEqualTo("must be a string");
    }

    @Test
    void unknownFieldIsRejectedByName() {
        JsonNode problem = assertProblem(api.postJson("/users/login",
                "{\"username\": \"ada\", \"password\": \"a long password\", \"remember\": true}"), 400, "/users/login");

        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("remember");
        assertThat(problem.get("errors").get(0).get("message").asString()).isEqualTo("is not a known field");
    }

    @Test
    void wrongContentTypeIs415() {
        JsonNode problem = assertProblem(api.send("POST", "/users/register", Map.of("Content-Type", "text/plain"), "hello"),
                415, "/users/register");

        assertThat(problem.get("detail").asString())
                .isEqualTo("This endpoint reads application/json; the request body was sent as text/plain.");
    }

    @Test
    void bodyOverTheLimitWithContentLengthIs413() {
        String big = "{\"username\": \"" + "a".repeat(70 * 1024) + "\"}";

        JsonNode problem = assertProblem(api.postJson("/users/register", big), 413, "/users/register");

        assertThat(problem.get("type").asString()).isEqualTo("urn:parley:problem:body-too-large");
    }

    @Test
    void chunkedBodyOverTheLimitIs413() throws Exception {
        byte[] big = ("{\"username\": \"" + "a".repeat(70 * 1024) + "\"}").getBytes();
        Supplier<InputStream> chunks = () -> new java.io.ByteArrayInputStream(big);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/users/register"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(chunks)) // unknown length: sent chunked
                .build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JsonMapper.builder().build().readTree(response.body()).get("status").asInt()).isEqualTo(413);
    }

    @Test
    void unknownApiRouteIs404() {
        String token = TestUsers.login(api, TestUsers.register(api, "notfound")).get("access_token").asString();

        JsonNode problem = assertProblem(api.get("/users/nothing-here", token), 404, "/users/nothing-here");

        assertThat(problem.get("detail").asString()).isEqualTo("There is nothing at /users/nothing-here.");
    }

    @Test
    void unknownStaticFileIs404() {
        assertProblem(api.get("/no-such-file.js", null), 404, "/no-such-file.js");
    }

    @Test
    void wrongMethodIs405() {
        String token = TestUsers.login(api, TestUsers.register(api, "method")).get("access_token").asString();

        JsonNode problem = assertProblem(api.send("DELETE", "/users/me", Map.of("Authorization", "Bearer " + token), null),
                405, "/users/me");

        assertThat(problem.get("detail").asString()).isEqualTo("/users/me does not accept DELETE; use GET or PATCH.");
    }

    @Test
    void unauthenticatedWriteToAnApiPathIs401NotA500() {
        assertProblem(api.postJson("/meetings/create", "{}"), 401, "/meetings/create");
    }

    @Test
    void hiddenActuatorEndpointsAreRefused() throws IOException {
        ApiClient.Response response = api.get("/actuator/env", null);

        assertThat(response.status()).isIn(401, 403);
        assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
    }
}
