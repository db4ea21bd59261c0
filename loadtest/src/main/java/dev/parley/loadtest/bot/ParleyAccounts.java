package dev.parley.loadtest.bot;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The two REST calls a bot needs before signaling: {@code POST /users/register} (201, or 409 when the name is taken, which
 * for a bot means "registered on an earlier run") and {@code POST /users/login}, whose {@code access_token} is the
 * signaling hello's token.
 */
public final class ParleyAccounts {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http;
    private final URI server;
    private final Duration timeout;

    public ParleyAccounts(HttpClient http, URI server, Duration timeout) {
        this.http = http;
        this.server = server;
        this.timeout = timeout;
    }

    /** Registers the account unless it exists, then logs in; returns the access token. */
    public String accessToken(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> registered = post("/users/register", JSON.createObjectNode()
                .put("username", username).put("password", password).put("email", username + "@bots.parley.invalid"));
        if (registered.statusCode() != 201 && registered.statusCode() != 409) {
            throw new IOException("registering " + username + " failed: HTTP " + registered.statusCode() + " " + registered.body());
        }
        return login(username, password).path("access_token").asString();
    }

    /** {@code POST /users/login}: the token response ({@code access_token}, {@code user}, ...). */
    public JsonNode login(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> response = post("/users/login", JSON.createObjectNode()
                .put("username", username).put("password", password));
        if (response.statusCode() != 200) {
            throw new IOException("login of " + username + " failed: HTTP " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }

    /** {@code GET path} with the bearer token; the body as JSON. */
    public JsonNode get(String path, String accessToken) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(server.resolve(path)).timeout(timeout)
                .header("Authorization", "Bearer " + accessToken).GET().build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("GET " + path + " failed: HTTP " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> post(String path, JsonNode body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(server.resolve(path)).timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
