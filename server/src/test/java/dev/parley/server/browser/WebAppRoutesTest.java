package dev.parley.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.ParleyServerTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/** Which GETs answer with the web client (deep links, reloads) and which stay API answers. Plain HTTP, no browser. */
@ParleyServerTest
class WebAppRoutesTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    private Environment environment;

    @ParameterizedTest
    @ValueSource(strings = {"/", "/login", "/register", "/home", "/m/42", "/c/7", "/m/42/lobby"})
    void uiRoutesServeTheClient(String path) throws Exception {
        HttpResponse<String> response = get(path);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body()).contains("<div id=\"app\">", "src=\"/ui/app.js\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/users/me", "/meetings/1", "/conferences/1"})
    void apiPathsNeverAnswerWithTheClient(String path) throws Exception {
        HttpResponse<String> response = get(path);

        assertThat(response.statusCode()).isBetween(400, 499);
        assertThat(response.body()).doesNotContain("<div id=\"app\">");
    }

    /** A person's mistyped address gets the client (which shows "Page not found"), with status 404 (issue 13, 11). */
    @ParameterizedTest
    @ValueSource(strings = {"/nope", "/meet", "/settings/deep/link"})
    void unknownPagesServeTheClientWithNotFound(String path) throws Exception {
        HttpResponse<String> response = get(path, "text/html,application/xhtml+xml,*/*;q=0.8");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body()).contains("<div id=\"app\">");
    }

    /** API paths, files and programs (no text/html in Accept) keep the problem+json 404. */
    @ParameterizedTest
    @ValueSource(strings = {"/users/nope|text/html", "/meetings/1/nope|text/html", "/api/x|text/html", "/nope.js|text/html",
            "/nope|application/json", "/nope|*/*"})
    void apiPathsFilesAndProgramsKeepProblemJson(String pathAndAccept) throws Exception {
        String[] parts = pathAndAccept.split("\\|");
        HttpResponse<String> response = get(parts[0], parts[1]);

        assertThat(response.statusCode()).isBetween(400, 499);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).doesNotContain("<div id=\"app\">");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/ui/app.js", "/protocol/api.js", "/styles.css"})
    void clientFilesAreServedWithTheirTypes(String path) throws Exception {
        HttpResponse<String> response = get(path);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith(path.endsWith(".css") ? "text/css" : "text/javascript"));
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return get(path, "*/*");
    }

    private HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        URI uri = URI.create("http://127.0.0.1:" + environment.getProperty("local.server.port") + path);
        return HTTP.send(HttpRequest.newBuilder(uri).header("Accept", accept).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
