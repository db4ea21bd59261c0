package dev.parley.server.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.ApiClient;
import dev.parley.server.ParleyServerTest;
import dev.parley.server.meeting.MeetingApi;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** POST /meetings/join: who comes straight in, who needs the passcode, who waits, and what is refused. */
@ParleyServerTest
class JoinApiTest {
    @LocalServerPort
    int port;
    MeetingApi api;
    MeetingApi.Person host;
    MeetingApi.Person invitee;
    MeetingApi.Person stranger;

    @BeforeEach
    void people() {
        api = new MeetingApi(new ApiClient(port));
        host = api.person("j_host");
        invitee = api.person("j_inv");
        stranger = api.person("j_str");
    }

    @Test
    void beforeTheHostStartsEveryoneIsToldToWait() {
        long id = meeting(Map.of());

        JsonNode ticket = join(invitee, id, null).json();

        assertThat(ticket.get("status").asString()).isEqualTo("waiting");
        assertThat(ticket.get("join_token").isNull()).isTrue();
    }

    @Test
    void hostAndInviteeGetAJoinTokenForTheLiveConference() {
        long id = meeting(Map.of("passcode", "secret-1", "lobby_enabled", true));
        String conferenceId = api.start(host, id).get("conference_id").asString();

        JsonNode hostTicket = join(host, id, null).json();
        JsonNode inviteeTicket = join(invitee, id, null).json();

        assertThat(hostTicket.get("status").asString()).isEqualTo("ready");
        assertThat(hostTicket.get("role").asString()).isEqualTo("host");
        assertThat(hostTicket.get("conference_id").asString()).isEqualTo(conferenceId).matches("c-\\d+");
        assertThat(hostTicket.get("signaling_url").asString()).isEqualTo("ws://127.0.0.1:" + port + "/ws");
        assertThat(hostTicket.get("expires_in").asLong()).isEqualTo(120);
        assertThat(inviteeTicket.get("status").asString()).isEqualTo("ready");
        assertThat(inviteeTicket.get("role").asString()).isEqualTo("participant");
        assertThat(inviteeTicket.get("display_name").asString()).isEqualTo(invitee.username());
    }

    @Test
    void othersNeedThePasscodeAndWaitInTheLobby() {
        long id = meeting(Map.of("passcode", "secret-1", "lobby_enabled", true));
        api.start(host, id);

        ApiClient.Response missing = join(stranger, id, null);
        ApiClient.Response wrong = join(stranger, id, "secret-2");
        ApiClient.Response right = join(stranger, id, "secret-1");

        assertThat(missing.status()).isEqualTo(403);
        assertThat(missing.json().get("type").asString()).isEqualTo("urn:parley:problem:wrong-passcode");
        assertThat(missing.json().get("errors").get(0).get("field").asString()).isEqualTo("passcode");
        assertThat(wrong.status()).isEqualTo(403);
        assertThat(right.status()).isEqualTo(200);
        assertThat(right.json().get("status").asString()).isEqualTo("lobby");
    }

    @Test
    void passcodeGuessingIsThrottled() {
        long id = meeting(Map.of("passcode", "right-one"));
        api.start(host, id);
        for (int i = 0; i < PasscodeThrottle.MAX_PER_CALLER; i++) {
            assertThat(join(stranger, id, "guess-" + i).status()).isEqualTo(403);
        }

        ApiClient.Response blocked = join(stranger, id, "right-one");

        assertThat(blocked.status()).isEqualTo(429);
        assertThat(blocked.header("Retry-After")).isNotNull();
    }

    @Test
    void guestsJoinByLinkWithADisplayNameOnlyWhenTheMeetingAllowsGuests() {
        long closed = meeting(Map.of());
        long open = meeting(Map.of("allow_guests", true));
        api.start(host, closed);
        api.start(host, open);

        ApiClient.Response refused = api.call("POST", "/meetings/join", null, Map.of("meeting_id", closed, "display_name", "Gus"));
        ApiClient.Response nameless = api.call("POST", "/meetings/join", null, Map.of("meeting_id", open));
        ApiClient.Response admitted = api.call("POST", "/meetings/join", null, Map.of("meeting_id", open, "display_name", "Gus"));
        ApiClient.Response unknown = api.call("POST", "/meetings/join", null, Map.of("meeting_id", 987654321, "display_name", "G"));

        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.json().get("detail").asString()).isEqualTo(unknown.json().get("detail").asString()
                .replace("987654321", Long.toString(closed)));
        assertThat(nameless.status()).isEqualTo(400);
        assertThat(nameless.json().get("errors").get(0).get("field").asString()).isEqualTo("display_name");
        assertThat(admitted.json().get("role").asString()).isEqualTo("guest");
        assertThat(admitted.json().get("display_name").asString()).isEqualTo("Gus");
    }

    @Test
    void lockedConferenceAdmitsOnlyTheHostAndCancelledMeetingsNobody() {
        long id = meeting(Map.of());
        long conference = api.start(host, id).get("id").asLong();
        api.call("PATCH", "/conferences/" + conference, host, Map.of("locked", true));

        assertThat(join(invitee, id, null).json().get("type").asString()).isEqualTo("urn:parley:problem:conference-locked");
        assertThat(join(host, id, null).status()).isEqualTo(200);

        api.call("POST", "/conferences/stop", host, Map.of("meeting_id", id));
        api.call("DELETE", "/meetings/" + id, host, null);
        assertThat(join(invitee, id, null).status()).isEqualTo(410);
    }

    private long meeting(Map<String, Object> extra) {
        Map<String, Object> body = MeetingApi.meeting("Join test", 1, List.of(invitee.username()));
        body.putAll(extra);
        return api.create(host, body).get("id").asLong();
    }

    private ApiClient.Response join(MeetingApi.Person who, long meetingId, String passcode) {
        return api.call("POST", "/meetings/join", who, passcode == null ? Map.of("meeting_id", meetingId)
                : Map.of("meeting_id", meetingId, "passcode", passcode));
    }
}
