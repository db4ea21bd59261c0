package dev.parley.server.signaling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.ParleyServerTest;
import dev.parley.server.TestUsers;
import dev.parley.server.security.AccessTokens;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A seat kept across a lost socket, over real sockets (issue 12): the socket drops (no close frame, as a lost network does),
 * the other side sees {@code participant_reconnecting} and never a leave; a new socket presenting the resume token gets the
 * same participant id, its hand and hard mute, and the chat message sent while it was away, once. A reload (fresh media)
 * gets the history page instead.
 */
@ParleyServerTest
class ReconnectSignalingTest {
    @LocalServerPort
    int port;

    @Autowired
    AccessTokens tokens;
    @Autowired
    JdbcClient jdbc;

    private record Person(long userId, String name) {
    }

    private Person person(String name) {
        return new Person(TestUsers.insertRow(jdbc, name), name);
    }

    private SignalingTestClient connect(Person person) {
        return SignalingTestClient.authenticated(port, tokens.issue(person.userId(), person.name()).token());
    }

    private static String conferenceId() {
        return "seat-" + Long.toHexString(System.nanoTime());
    }

    private static JsonNode ok(SignalingTestClient socket, String json) {
        JsonNode reply = socket.request(json.replace("'", "\""), "q");
        assertThat(reply.path("type").asString()).as(reply.toString()).isIn("ok", "chat_sent", "chat_message");
        return reply;
    }

    private static List<String> strings(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }

    /** Every message until one of {@code type} arrives, that one included. */
    private static List<JsonNode> until(SignalingTestClient socket, String type) {
        List<JsonNode> seen = new ArrayList<>();
        while (true) {
            JsonNode message = socket.next();
            seen.add(message);
            if (type.equals(message.path("type").asString())) {
                return seen;
            }
        }
    }

    @Test
    void aDroppedSocketResumesTheSameSeatWithHandMuteAndWhatItMissed() {
        String conference = conferenceId();
        Person ada = person("ada");
        Person bob = person("bob");
        try (SignalingTestClient a = connect(ada); SignalingTestClient b = connect(bob)) {
            a.request("{\"type\":\"join\",\"id\":\"j\",\"conference_id\":\"" + conference + "\"}", "j");
            JsonNode bobJoined = b.request("{\"type\":\"join\",\"id\":\"j\",\"conference_id\":\"" + conference
                    + "\",\"resumable\":true}", "j");
            String bobId = bobJoined.path("participant_id").asString();
            String token = bobJoined.path("resume_token").asString();
            assertThat(token).hasSizeGreaterThanOrEqualTo(43);
            ok(b, "{'type':'raise_hand','id':'q'}");
            ok(a, "{'type':'mute_participant','id':'q','participant_id':'" + bobId + "','hard':true}");

            b.abort();
            until(a, "participant_reconnecting");
            ok(a, "{'type':'chat_send','id':'q','text':'while you were away'}");

            try (SignalingTestClient again = connect(bob)) {
                JsonNode resumed = again.request("{\"type\":\"join\",\"id\":\"r\",\"conference_id\":\"" + conference
                        + "\",\"resume_token\":\"" + token + "\",\"keep_media\":true}", "r");
                assertThat(resumed.path("type").asString()).as(resumed.toString()).isEqualTo("joined");
                assertThat(resumed.path("resumed").asBoolean()).isTrue();
                assertThat(resumed.path("participant_id").asString()).isEqualTo(bobId);

                List<JsonNode> after = until(again, "chat_message");
                assertThat(after.getLast().path("message").path("text").asString()).isEqualTo("while you were away");
                JsonNode state = until(again, "moderation").getLast();
                assertThat(strings(state.path("hands"))).containsExactly(bobId);
                assertThat(strings(state.path("hard_muted"))).containsExactly(bobId);
                assertThat(strings(state.path("participants"))).containsOnlyOnce(bobId).hasSize(2);
                // Held once, delivered once: no second copy of the message, no history page re-sent.
                JsonNode extra;
                while ((extra = again.poll(300)) != null) {
                    assertThat(extra.path("type").asString()).isNotIn("chat_message", "chat_history");
                }

                List<JsonNode> seenByAda = until(a, "participant_reconnected");
                assertThat(seenByAda).extracting(m -> m.path("type").asString())
                        .doesNotContain("participant_left", "participant_joined");
            }
        }
    }

    @Test
    void aReloadWithTheTokenGetsTheSameIdAndTheHistoryAndAWrongPersonGetsNoSeat() {
        String conference = conferenceId();
        Person ada = person("ada");
        Person bob = person("bob");
        try (SignalingTestClient a = connect(ada); SignalingTestClient b = connect(bob)) {
            a.request("{\"type\":\"join\",\"id\":\"j\",\"conference_id\":\"" + conference + "\"}", "j");
            JsonNode bobJoined = b.request("{\"type\":\"join\",\"id\":\"j\",\"conference_id\":\"" + conference
                    + "\",\"resumable\":true}", "j");
            String token = bobJoined.path("resume_token").asString();
            ok(b, "{'type':'raise_hand','id':'q'}");

            try (SignalingTestClient thief = connect(ada)) {
                JsonNode refused = thief.request("{\"type\":\"join\",\"id\":\"r\",\"conference_id\":\"" + conference
                        + "\",\"resume_token\":\"" + token + "\"}", "r");
                assertThat(refused.path("code").asString()).isEqualTo("resume_failed");
            }
            try (SignalingTestClient reloaded = connect(bob)) {
                JsonNode resumed = reloaded.request("{\"type\":\"join\",\"id\":\"r\",\"conference_id\":\"" + conference
                        + "\",\"resume_token\":\"" + token + "\",\"keep_media\":false}", "r");
                assertThat(resumed.path("participant_id").asString()).isEqualTo(bobJoined.path("participant_id").asString());
                // The page starts over: the history page and the moderation state come anew (in either order).
                JsonNode state = null;
                boolean history = false;
                while (state == null || !history) {
                    JsonNode message = reloaded.next();
                    history |= message.path("type").asString().equals("chat_history");
                    state = message.path("type").asString().equals("moderation") ? message : state;
                }
                assertThat(strings(state.path("hands"))).containsExactly(resumed.path("participant_id").asString());
                assertThat(b.awaitClose(5)).isEqualTo(4409);
            }
        }
    }
}
