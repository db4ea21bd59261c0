package dev.parley.server.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.ApiClient;
import dev.parley.server.ParleyServerTest;
import dev.parley.server.meeting.MeetingApi;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Every meetings/conferences endpoint × {anonymous, other user, invitee, host, guest}: only the allowed calls succeed;
 * strangers get 404 (never 403, which would confirm the meeting exists). A guest holds a join token, which is not an
 * access token: the API treats them as anonymous.
 */
@ParleyServerTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {
    enum Role { ANONYMOUS, OTHER, INVITEE, HOST, GUEST }

    @LocalServerPort
    int port;
    MeetingApi api;
    MeetingApi.Person host;
    MeetingApi.Person invitee;
    MeetingApi.Person other;
    MeetingApi.Person guest;

    /** One endpoint: how to call it against a fresh meeting, and the status each role gets. */
    record Endpoint(String name, String method, String path, boolean started, Object body, int anonymous, int other, int invitee,
                    int host) {
    }

    static List<Endpoint> endpoints() {
        Map<String, Object> edit = Map.of("title", "Edited");
        return List.of(
                new Endpoint("read", "GET", "/meetings/{m}", false, null, 401, 404, 200, 200),
                new Endpoint("replace", "PUT", "/meetings/{m}", false, MeetingApi.meeting("Put", 3, List.of()), 401, 404, 403, 200),
                new Endpoint("patch", "PATCH", "/meetings/{m}", false, edit, 401, 404, 403, 200),
                new Endpoint("cancel", "DELETE", "/meetings/{m}", false, null, 401, 404, 403, 204),
                new Endpoint("ics", "GET", "/meetings/{m}.ics", false, null, 401, 404, 200, 200),
                new Endpoint("answer", "POST", "/meetings/{m}/response", false, Map.of("status", "declined"), 401, 404, 200, 403),
                new Endpoint("history", "GET", "/meetings/{m}/conferences", false, null, 401, 404, 200, 200),
                new Endpoint("list", "GET", "/meetings", false, null, 401, 200, 200, 200),
                new Endpoint("start", "POST", "/conferences/start", false, "{\"meeting_id\":{m}}", 401, 404, 403, 201),
                new Endpoint("stop", "POST", "/conferences/stop", true, "{\"meeting_id\":{m}}", 401, 404, 403, 200),
                new Endpoint("conference", "GET", "/conferences/{c}", true, null, 401, 404, 200, 200),
                new Endpoint("settings", "PATCH", "/conferences/{c}", true, Map.of("locked", true), 401, 404, 403, 200),
                new Endpoint("join", "POST", "/meetings/join", true, "{\"meeting_id\":{m}}", 404, 200, 200, 200),
                new Endpoint("calendar feed", "POST", "/meetings/calendar-feed", false, null, 401, 201, 201, 201),
                new Endpoint("user search", "GET", "/users/search?q=ab", false, null, 401, 200, 200, 200));
    }

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            for (Role role : Role.values()) {
                cases.add(Arguments.of(endpoint.name(), role, endpoint));
            }
        }
        return cases.stream();
    }

    @BeforeAll
    void people() {
        api = new MeetingApi(new ApiClient(port));
        host = api.person("mx_host");
        invitee = api.person("mx_inv");
        other = api.person("mx_other");
        // A guest's join token, presented where an access token is expected.
        Map<String, Object> open = MeetingApi.meeting("Open", 1, List.of());
        open.put("allow_guests", true);
        long meetingId = api.create(host, open).get("id").asLong();
        api.start(host, meetingId);
        JsonNode ticket = api.call("POST", "/meetings/join", null, Map.of("meeting_id", meetingId, "display_name", "Gus")).json();
        guest = new MeetingApi.Person(null, ticket.get("join_token").asString());
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cases")
    void onlyAllowedCallsSucceed(String name, Role role, Endpoint endpoint) {
        long meetingId = api.create(host, MeetingApi.meeting("Matrix " + name, 2, List.of(invitee.username()))).get("id").asLong();
        long conferenceId = endpoint.started() ? api.start(host, meetingId).get("id").asLong() : 0;
        String path = endpoint.path().replace("{m}", Long.toString(meetingId)).replace("{c}", Long.toString(conferenceId));
        Object body = endpoint.body() instanceof String text ? text.replace("{m}", Long.toString(meetingId)) : endpoint.body();
        MeetingApi.Person caller = switch (role) {
            case ANONYMOUS -> null;
            case OTHER -> other;
            case INVITEE -> invitee;
            case HOST -> host;
            case GUEST -> guest;
        };
        int expected = switch (role) {
            case ANONYMOUS, GUEST -> endpoint.anonymous();
            case OTHER -> endpoint.other();
            case INVITEE -> endpoint.invitee();
            case HOST -> endpoint.host();
        };

        ApiClient.Response response = api.call(endpoint.method(), path, caller, body);

        assertThat(response.status()).as(response.body()).isEqualTo(expected);
        if (expected >= 400) {
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        }
        if (expected == 404 && role != Role.ANONYMOUS && role != Role.GUEST) {
            assertThat(response.body()).doesNotContain("Matrix");
        }
    }
}
