package dev.parley.server.signaling;

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

/**
 * The lobby and the end of a meeting over real signaling sockets: knock, watch_lobby, admit, reject, join with the
 * admitted token, and conference_ended when the host stops the conference.
 */
@ParleyServerTest
class LobbySignalingTest {
    @LocalServerPort
    int port;
    MeetingApi api;
    MeetingApi.Person host;
    MeetingApi.Person stranger;
    long meetingId;
    String conferenceId;

    @BeforeEach
    void startedMeetingWithALobby() {
        api = new MeetingApi(new ApiClient(port));
        host = api.person("s_host");
        stranger = api.person("s_str");
        Map<String, Object> body = MeetingApi.meeting("Lobby", 1, List.of());
        body.putAll(Map.of("lobby_enabled", true, "allow_guests", true));
        meetingId = api.create(host, body).get("id").asLong();
        conferenceId = api.start(host, meetingId).get("conference_id").asString();
    }

    @Test
    void guestKnocksHostSeesThemAndAdmitsThenTheGuestJoinsAndIsToldWhenTheMeetingEnds() {
        JsonNode lobbyTicket = ticket(null);
        try (SignalingTestClient hostSocket = SignalingTestClient.authenticated(port, host.token());
             SignalingTestClient guest = SignalingTestClient.authenticated(port, lobbyTicket.get("join_token").asString())) {
            JsonNode watching = hostSocket.request(message("watch_lobby", "w", "conference_id", conferenceId), "w");
            assertThat(watching.get("type").asString()).isEqualTo("lobby");
            assertThat(watching.get("waiting")).isEmpty();

            JsonNode waiting = guest.request(message("knock", "k", "join_token", lobbyTicket.get("join_token").asString()), "k");
            assertThat(waiting.get("type").asString()).isEqualTo("lobby_waiting");
            String requestId = waiting.get("request_id").asString();
            JsonNode knock = hostSocket.next("lobby_knock");
            assertThat(knock.get("display_name").asString()).isEqualTo("Gus");
            assertThat(knock.get("guest").asBoolean()).isTrue();

            assertThat(guest.request(admit("admit", "a1", requestId), "a1").get("code").asString()).isEqualTo("forbidden");
            hostSocket.send(admit("admit", "a2", requestId));
            // Every watching host hears that the request is answered, then the admitting host gets its ok.
            assertThat(hostSocket.next("lobby_left").get("request_id").asString()).isEqualTo(requestId);
            assertThat(hostSocket.next("ok").get("id").asString()).isEqualTo("a2");
            JsonNode admitted = guest.next("lobby_admitted");

            JsonNode joined = guest.request(message("join", "j", "conference_id", conferenceId, "join_token",
                    admitted.get("join_token").asString()), "j");
            assertThat(joined.get("type").asString()).as(joined.toString()).isEqualTo("joined");

            api.call("POST", "/conferences/stop", host, Map.of("meeting_id", meetingId));
            assertThat(guest.next("conference_ended").get("reason").asString()).isEqualTo("The host ended the meeting.");
        }
    }

    @Test
    void rejectedPersonIsToldAndOnlyTheHostMayWatchOrAnswer() {
        JsonNode lobbyTicket = ticket(stranger);
        try (SignalingTestClient hostSocket = SignalingTestClient.authenticated(port, host.token());
             SignalingTestClient other = SignalingTestClient.authenticated(port, stranger.token())) {
            JsonNode refused = other.request(message("watch_lobby", "w", "conference_id", conferenceId), "w");
            assertThat(refused.get("code").asString()).isEqualTo("forbidden");
            JsonNode joinWithLobbyToken = other.request(message("join", "j", "conference_id", conferenceId, "join_token",
                    lobbyTicket.get("join_token").asString()), "j");
            assertThat(joinWithLobbyToken.get("code").asString()).isEqualTo("forbidden");

            String requestId = other.request(message("knock", "k", "join_token", lobbyTicket.get("join_token").asString()), "k")
                    .get("request_id").asString();
            hostSocket.request(admit("reject", "r", requestId), "r");

            assertThat(other.next("lobby_rejected").get("reason").asString()).contains("did not let you in");
            assertThat(hostSocket.request(admit("admit", "again", requestId), "again").get("code").asString()).isEqualTo("forbidden");
        }
    }

    @Test
    void aPersonWhoClosesTheirSocketLeavesTheLobby() throws InterruptedException {
        String lobbyToken = ticket(null).get("join_token").asString();
        try (SignalingTestClient hostSocket = SignalingTestClient.authenticated(port, host.token())) {
            SignalingTestClient guest = SignalingTestClient.authenticated(port, lobbyToken);
            guest.request(message("knock", "k", "join_token", lobbyToken), "k");
            guest.close();

            // The server learns of the close asynchronously; the next watch no longer lists the person.
            JsonNode waiting = null;
            for (int attempt = 0; attempt < 50; attempt++) {
                waiting = hostSocket.request(message("watch_lobby", "w" + attempt, "conference_id", conferenceId), "w" + attempt)
                        .get("waiting");
                if (waiting.isEmpty()) {
                    break;
                }
                Thread.sleep(100);
            }
            assertThat(waiting).isEmpty();
        }
    }

    /** Issue 8 defect 6: one lobby token knocked 200 times and filled the host's list; a person has one place now. */
    @Test
    void knockingAgainReplacesTheEarlierKnockSoAPersonWaitsOnceAtMost() {
        String lobbyToken = ticket(stranger).get("join_token").asString();
        try (SignalingTestClient hostSocket = SignalingTestClient.authenticated(port, host.token());
             SignalingTestClient knocker = SignalingTestClient.authenticated(port, stranger.token())) {
            hostSocket.request(message("watch_lobby", "w", "conference_id", conferenceId), "w");
            String first = null;
            for (int i = 0; i < 20; i++) {
                JsonNode waiting = knocker.request(message("knock", "k" + i, "join_token", lobbyToken), "k" + i);
                assertThat(waiting.get("type").asString()).as(waiting.toString()).isEqualTo("lobby_waiting");
                if (first == null) {
                    first = waiting.get("request_id").asString();
                }
            }
            assertThat(hostSocket.next("lobby_left").get("request_id").asString()).isEqualTo(first);
            JsonNode list = hostSocket.request(message("watch_lobby", "w2", "conference_id", conferenceId), "w2").get("waiting");
            assertThat(list).hasSize(1);
            assertThat(list.get(0).get("display_name").asString()).isEqualTo(stranger.username());
        }
    }

    private JsonNode ticket(MeetingApi.Person who) {
        Map<String, Object> body = who == null ? Map.of("meeting_id", meetingId, "display_name", "Gus") : Map.of("meeting_id", meetingId);
        JsonNode ticket = api.call("POST", "/meetings/join", who, body).json();
        assertThat(ticket.get("status").asString()).isEqualTo("lobby");
        return ticket;
    }

    private String admit(String type, String id, String requestId) {
        return message(type, id, "conference_id", conferenceId, "request_id", requestId);
    }

    private static String message(String type, String id, String... fields) {
        Object[] all = new Object[fields.length + 4];
        all[0] = "type";
        all[1] = type;
        all[2] = "id";
        all[3] = id;
        System.arraycopy(fields, 0, all, 4, fields.length);
        return ApiClient.json(all);
    }
}
