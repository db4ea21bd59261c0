package dev.parley.server.problem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.ApiClient;
import dev.parley.server.ParleyServerTest;
import dev.parley.server.meeting.MeetingApi;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Issue 8 defect 4: inputs that used to reach PostgreSQL or the container unchecked and came back as 500 (or as Tomcat's own HTML)
 * are each a 4xx problem+json with the security headers.
 */
@ParleyServerTest
class BadInputApiTest {
    private static final String NUL = "\\u0000";
    private static final String LONE_SURROGATE = "\\ud800";

    @LocalServerPort
    int port;
    @Autowired
    ApiClient api;
    @Autowired
    JdbcClient jdbc;

    static JsonNode assertProblem(ApiClient.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).as(response.body()).isEqualTo("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.propertyNames()).as(response.body()).contains("type", "title", "status", "detail");
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(response.header("X-Content-Type-Options")).as("security headers").isEqualTo("nosniff");
        assertThat(response.header("Content-Security-Policy")).as("security headers").contains("default-src 'self'");
        return problem;
    }

    private static String field(JsonNode problem) {
        return problem.get("errors").get(0).get("field").asString();
    }

    private static String body(String... keyValuesRawJson) {
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < keyValuesRawJson.length; i += 2) {
            json.append(i == 0 ? "" : ",").append('"').append(keyValuesRawJson[i]).append("\":").append(keyValuesRawJson[i + 1]);
        }
        return json.append('}').toString();
    }

    private MeetingApi.Person person(String prefix) {
        return new MeetingApi(api).person(prefix);
    }

    private ApiClient.Response createMeeting(MeetingApi.Person as, String json) {
        return api.send("POST", "/meetings/create", Map.of("Authorization", "Bearer " + as.token(),
                "Content-Type", "application/json"), json);
    }

    private static String meetingJson(String title, String extra) {
        return "{\"title\":\"" + title + "\",\"start_time\":\"2031-03-01T09:00:00Z\",\"end_time\":\"2031-03-01T10:00:00Z\""
                + (extra.isEmpty() ? "" : "," + extra) + "}";
    }

    @Test
    void nulInALoginUsernameWithoutAnAccountIs400() {
        JsonNode problem = assertProblem(api.postJson("/users/login",
                body("username", "\"nobody" + NUL + "x\"", "password", "\"a long password\"")), 400);

        assertThat(field(problem)).isEqualTo("username");
    }

    @Test
    void nulInMeetingFieldsIs400NamingTheField() {
        MeetingApi.Person host = person("nulhost");

        assertThat(field(assertProblem(createMeeting(host, meetingJson("a" + NUL + "b", "")), 400))).isEqualTo("title");
        assertThat(field(assertProblem(createMeeting(host, meetingJson("ok", "\"description\":\"d" + NUL + "\"")), 400)))
                .isEqualTo("description");
        assertThat(field(assertProblem(createMeeting(host, meetingJson("ok", "\"participants\":[\"x" + NUL + "\"]")), 400)))
                .isEqualTo("participants[0]");
        assertThat(jdbc.sql("SELECT count(*) FROM meetings WHERE host_id = :h").param("h", host.id()).query(Long.class).single())
                .isZero();
    }

    @Test
    void nulInTheUserSearchIs400() {
        MeetingApi.Person me = person("nulsearch");

        JsonNode problem = assertProblem(api.get("/users/search?q=ab%00", me.token()), 400);

        assertThat(field(problem)).isEqualTo("q");
    }

    @Test
    void loneSurrogateInPasswordsAndPasscodesIs400() {
        assertThat(field(assertProblem(api.postJson("/users/login",
                body("username", "\"someone\"", "password", "\"abc" + LONE_SURROGATE + "defghijk\"")), 400))).isEqualTo("password");
        assertThat(field(assertProblem(api.postJson("/users/register", body("username", "\"surrogate_user\"",
                "password", "\"abc" + LONE_SURROGATE + "defghijk\"", "email", "\"s@example.org\"")), 400))).isEqualTo("password");
        MeetingApi.Person host = person("surhost");
        assertThat(field(assertProblem(createMeeting(host, meetingJson("ok", "\"passcode\":\"ab" + LONE_SURROGATE + "cd\"")), 400)))
                .isEqualTo("passcode");
        assertThat(field(assertProblem(api.postJson("/meetings/join",
                body("meeting_id", "1", "passcode", "\"ab" + LONE_SURROGATE + "cd\"", "display_name", "\"Guest\"")), 400)))
                .isEqualTo("passcode");
    }

    @Test
    void badPercentSequencesInAQueryParameterAre400() {
        MeetingApi.Person me = person("percent");

        assertThat(field(assertProblem(api.get("/users/search?q=ab%ff", me.token()), 400))).isEqualTo("q");
        assertThat(field(assertProblem(api.get("/users/search?q=ab%C0%AF", me.token()), 400))).isEqualTo("q");
        // the JDK's URI class refuses to build this one
        assertThat(field(assertProblem(RawHttp.send(port, "GET /users/search?q=ab%zz HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
                + me.token() + "\r\nConnection: close\r\n\r\n"), 400))).isEqualTo("q");
    }

    @Test
    void aPageFarBeyondTheEndIsEmptyNotAnOverflow() {
        MeetingApi.Person me = person("overflow");

        ApiClient.Response response = api.get("/meetings?page=21474837&size=100", me.token());

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("items")).isEmpty();
    }

    @Test
    void yearsOutsideTheCalendarAre400() {
        MeetingApi.Person host = person("years");
        for (String[] range : List.of(new String[] {"+294277-01-01T00:00:00Z", "+294277-01-01T01:00:00Z"},
                new String[] {"-4713-01-01T00:00:00Z", "-4713-01-01T01:00:00Z"},
                new String[] {"+10000-01-01T00:00:00Z", "+10000-01-01T01:00:00Z"})) {
            String json = "{\"title\":\"t\",\"instant\":true,\"start_time\":\"" + range[0] + "\",\"end_time\":\"" + range[1] + "\"}";
            assertThat(field(assertProblem(createMeeting(host, json), 400))).isEqualTo("start_time");
        }
        assertThat(field(assertProblem(api.get("/meetings?from=%2B294277-01-01T00:00:00Z&to=%2B294277-02-01T00:00:00Z",
                host.token()), 400))).isEqualTo("from");
        assertThat(field(assertProblem(api.get("/meetings?from=-4713-01-01T00:00:00Z&to=-4713-02-01T00:00:00Z",
                host.token()), 400))).isEqualTo("from");
    }

    @Test
    void movingAnOccurrenceToAnImpossibleYearIs400() {
        MeetingApi.Person host = person("moveyear");
        ApiClient.Response created = createMeeting(host, "{\"title\":\"series\",\"start_time\":\"2031-03-03T09:00:00Z\","
                + "\"end_time\":\"2031-03-03T10:00:00Z\",\"recurrence\":\"FREQ=DAILY;COUNT=3\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();

        ApiClient.Response moved = api.send("PATCH", "/meetings/" + id + "?occurrence=2031-03-04T09:00:00Z",
                Map.of("Authorization", "Bearer " + host.token(), "Content-Type", "application/json"),
                "{\"start_time\":\"+294277-01-01T00:00:00Z\",\"end_time\":\"+294277-01-01T01:00:00Z\"}");

        assertThat(field(assertProblem(moved, 400))).isEqualTo("start_time");
    }

    @Test
    void logoutWithAWildcardContentTypeIs415() {
        assertProblem(api.send("POST", "/users/logout", Map.of("Content-Type", "*/*"), "{}"), 415);
    }

    @Test
    void aTokenOfADeletedUserIs401() {
        MeetingApi.Person gone = person("deleted");
        jdbc.sql("DELETE FROM users WHERE id = :id").param("id", gone.id()).update();

        JsonNode problem = assertProblem(createMeeting(gone, meetingJson("ghost", "")), 401);
        assertThat(problem.get("detail").asString()).contains("no longer exists");
        assertProblem(api.send("POST", "/meetings/calendar-feed", Map.of("Authorization", "Bearer " + gone.token()), null), 401);
        assertThat(api.send("POST", "/meetings/join", Map.of("Authorization", "Bearer " + gone.token(),
                "Content-Type", "application/json"), "{\"meeting_id\": 1}").status()).isBetween(400, 499);
    }

    @Test
    void tomcatsOwnErrorsAreProblems() {
        assertProblem(RawHttp.send(port, "GET /users/me%00 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"), 400);
        assertProblem(RawHttp.send(port, "GET /static/..%2f..%2fetc HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"), 400);
        assertProblem(RawHttp.send(port, "GET /" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"),
                400);
        assertProblem(RawHttp.send(port, "GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + "b".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n"), 400);
    }

    @Test
    void notAcceptableIsAProblem() {
        MeetingApi.Person me = person("accept");

        assertProblem(api.send("GET", "/users/me", Map.of("Authorization", "Bearer " + me.token(), "Accept", "text/html"), null),
                406);
    }

    @Test
    void theSignalingPathAnswersPlainHttpWithProblems() {
        MeetingApi.Person me = person("ws");

        assertProblem(api.get("/ws", null), 400);
        JsonNode problem = assertProblem(api.send("POST", "/ws", Map.of("Authorization", "Bearer " + me.token(),
                "Content-Type", "application/json"), "{}"), 405);
        assertThat(problem.get("detail").asString()).contains("WebSocket");
    }

    @Test
    void headGetsTheSecurityHeaders() {
        for (String path : List.of("/", "/users/me", "/no-such-file.js")) {
            ApiClient.Response response = api.send("HEAD", path, Map.of(), null);
            assertThat(response.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(response.header("Content-Security-Policy")).as(path).contains("default-src 'self'");
        }
    }
}
