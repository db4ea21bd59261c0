package dev.parley.server.signaling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.ApiClient;
import dev.parley.server.ParleyServerTest;
import dev.parley.server.TestUsers;
import dev.parley.server.chat.ChatRepository;
import dev.parley.server.chat.ChatRepositoryAccess;
import dev.parley.server.security.AccessTokens;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Chat in an ad-hoc room over real signaling sockets: public and private messages, history for a late joiner (read back also
 * through a fresh repository, as after a restart), the rate limit, and bad text that must never be stored.
 */
@ParleyServerTest
class ChatSignalingTest {
    @LocalServerPort
    int port;
    @Autowired
    AccessTokens tokens;
    @Autowired
    JdbcClient jdbc;

    private SignalingTestClient joined(String name, String conference) {
        SignalingTestClient client = SignalingTestClient.authenticated(port, tokens.issue(TestUsers.insertRow(jdbc, name), name).token());
        JsonNode reply = client.request(ApiClient.json("type", "join", "id", "j", "conference_id", conference), "j");
        assertThat(reply.path("type").asString()).as(reply.toString()).isEqualTo("joined");
        JsonNode history = client.request(ApiClient.json("type", "chat_history", "id", "h"), "h");
        assertThat(history.path("type").asString()).as(history.toString()).isEqualTo("chat_history");
        return client;
    }

    private long stored(String conference) {
        return jdbc.sql("SELECT count(*) FROM chat_messages WHERE room = :r").param("r", "room:" + conference)
                .query(Long.class).single();
    }

    private static String conferenceId() {
        return "chat-" + Long.toHexString(System.nanoTime());
    }

    @Test
    void everyoneGetsAPublicMessageAndOnlyTheRecipientAPrivateOne() {
        String conference = conferenceId();
        try (SignalingTestClient ada = joined("ada", conference);
             SignalingTestClient bob = joined("bob", conference);
             SignalingTestClient cy = joined("cy", conference)) {
            String bobId = ada.next("participant_joined").path("participant").path("id").asString();

            JsonNode sent = ada.request(ApiClient.json("type", "chat_send", "id", "s1", "text", "hello all"), "s1");
            assertThat(sent.path("type").asString()).as(sent.toString()).isEqualTo("chat_sent");
            JsonNode message = sent.path("message");
            assertThat(message.path("id").asLong()).isPositive();
            assertThat(message.path("sent_at").asString()).isNotBlank();
            assertThat(message.path("from").path("name").asString()).isEqualTo("ada");
            assertThat(bob.next("chat_message").path("message").path("text").asString()).isEqualTo("hello all");
            assertThat(cy.next("chat_message").path("message").path("id").asLong()).isEqualTo(message.path("id").asLong());

            JsonNode whisper = ada.request(ApiClient.json("type", "chat_send", "id", "s2", "text", "psst bob", "to", bobId), "s2");
            assertThat(whisper.path("message").path("to").path("name").asString()).isEqualTo("bob");
            JsonNode bobGot = bob.next("chat_message").path("message");
            assertThat(bobGot.path("text").asString()).isEqualTo("psst bob");
            assertThat(bobGot.path("to").path("participant_id").asString()).isEqualTo(bobId);

            ada.request(ApiClient.json("type", "chat_send", "id", "s3", "text", "public again"), "s3");
            // cy's next chat message is the public one: the private message never reached cy's socket.
            assertThat(cy.next("chat_message").path("message").path("text").asString()).isEqualTo("public again");

            JsonNode cyHistory = cy.request(ApiClient.json("type", "chat_history", "id", "h2"), "h2");
            assertThat(texts(cyHistory)).containsExactly("hello all", "public again");
            JsonNode bobHistory = bob.request(ApiClient.json("type", "chat_history", "id", "h2"), "h2");
            assertThat(texts(bobHistory)).containsExactly("hello all", "psst bob", "public again");

            JsonNode notHost = bob.request(ApiClient.json("type", "chat_delete", "id", "d", "message_id",
                    message.path("id").asLong()), "d");
            assertThat(notHost.path("code").asString()).isEqualTo("forbidden");
            JsonNode toNobody = ada.request(ApiClient.json("type", "chat_send", "id", "s4", "text", "x", "to", "p-nobody"), "s4");
            assertThat(toNobody.path("code").asString()).isEqualTo("unknown_recipient");
        }
    }

    @Test
    void aLateJoinerGetsTheHistoryNewestLastInPagesAndItOutlivesTheServerObjects() {
        String conference = conferenceId();
        try (SignalingTestClient ada = joined("ada", conference)) {
            for (int i = 1; i <= 3; i++) {
                ada.request(ApiClient.json("type", "chat_send", "id", "s" + i, "text", "message " + i), "s" + i);
            }
            try (SignalingTestClient late = joined("late", conference)) {
                JsonNode all = late.request(ApiClient.json("type", "chat_history", "id", "a"), "a");
                assertThat(texts(all)).containsExactly("message 1", "message 2", "message 3");
                assertThat(all.path("has_more").asBoolean()).isFalse();

                JsonNode newest = late.request(ApiClient.json("type", "chat_history", "id", "p1", "limit", 2), "p1");
                assertThat(texts(newest)).containsExactly("message 2", "message 3");
                assertThat(newest.path("has_more").asBoolean()).isTrue();
                long oldestShown = newest.path("messages").get(0).path("id").asLong();
                JsonNode older = late.request(ApiClient.json("type", "chat_history", "id", "p2", "limit", 2,
                        "before_id", oldestShown), "p2");
                assertThat(texts(older)).containsExactly("message 1");
                assertThat(older.path("has_more").asBoolean()).isFalse();
            }
        }
        // A restart keeps nothing but the database: a repository built from a bare connection reads the same room back.
        ChatRepository fresh = new ChatRepository(jdbc);
        assertThat(ChatRepositoryAccess.texts(fresh, "room:" + conference))
                .containsExactly("message 1", "message 2", "message 3");
    }

    @Test
    void aFloodIsAnsweredWithRateLimitedAndTheServerStaysHealthy() {
        String conference = conferenceId();
        try (SignalingTestClient ada = joined("flooder", conference)) {
            List<String> codes = new ArrayList<>();
            List<String> refusals = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                JsonNode reply = ada.request(ApiClient.json("type", "chat_send", "id", "f" + i, "text", "spam " + i), "f" + i);
                boolean sent = reply.path("type").asString().equals("chat_sent");
                codes.add(sent ? "sent" : reply.path("code").asString());
                if (!sent) {
                    refusals.add(reply.path("message").asString());
                }
            }
            assertThat(codes).contains("sent", "rate_limited").containsOnly("sent", "rate_limited");
            assertThat(refusals).allMatch(m -> m.contains("too fast"));
            assertThat(stored(conference)).isEqualTo(codes.stream().filter("sent"::equals).count());
            assertThat(ada.request(ApiClient.json("type", "ping", "id", "p"), "p").path("type").asString()).isEqualTo("pong");
        }
    }

    @Test
    void emptyOversizeAndBinaryTextIsRefusedInWordsAndNothingIsStored() {
        String conference = conferenceId();
        try (SignalingTestClient ada = joined("picky", conference)) {
            List<String> bad = List.of(
                    "{\"type\":\"chat_send\",\"id\":\"b\",\"text\":\"\"}",
                    "{\"type\":\"chat_send\",\"id\":\"b\",\"text\":\"   \\n \"}",
                    "{\"type\":\"chat_send\",\"id\":\"b\",\"text\":\"" + "é".repeat(4001) + "\"}",
                    "{\"type\":\"chat_send\",\"id\":\"b\",\"text\":\"bin\\u0000\\u0001ary\"}",
                    "{\"type\":\"chat_send\",\"id\":\"b\",\"text\":\"half \\ud800 a pair\"}",
                    "{\"type\":\"chat_send\",\"id\":\"b\",\"text\":42}",
                    "{\"type\":\"chat_send\",\"id\":\"b\"}");
            for (String request : bad) {
                JsonNode reply = ada.request(request, "b");
                assertThat(reply.path("code").asString()).as(request).isEqualTo("invalid_chat_message");
                assertThat(reply.path("message").asString()).as(request).isNotBlank();
            }
            assertThat(stored(conference)).isZero();
            JsonNode longest = ada.request(ApiClient.json("type", "chat_send", "id", "ok", "text", "😀".repeat(4000)), "ok");
            assertThat(longest.path("type").asString()).as("4000 characters (8000 UTF-16 units) are allowed")
                    .isEqualTo("chat_sent");
            assertThat(stored(conference)).isEqualTo(1);
        }
    }

    private static List<String> texts(JsonNode history) {
        List<String> texts = new ArrayList<>();
        history.path("messages").forEach(m -> texts.add(m.path("text").asString()));
        return texts;
    }
}
