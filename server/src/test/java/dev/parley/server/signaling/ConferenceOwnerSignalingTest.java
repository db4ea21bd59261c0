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
 * What the one conference owner changed on the wire (issue 8): chat knows a participant from their join (the history is
 * pushed, no request needed) and obeys the same host rule as moderation (an ad-hoc room's host deletes messages); an account
 * may have only so many ad-hoc rooms open; on shutdown every socket is closed with 1012 "server restarting".
 */
@ParleyServerTest
class ConferenceOwnerSignalingTest {
    @LocalServerPort
    int port;
    @Autowired
    AccessTokens tokens;
    @Autowired
    SignalingHandler handler;
    /** Signaling refuses tokens of accounts that do not exist, so every account gets a row. */
    @Autowired
    JdbcClient jdbc;

    private SignalingTestClient socket(long userId, String name) {
        return SignalingTestClient.authenticated(port, tokens.issue(userId, name).token());
    }

    private long account(String name) {
        return TestUsers.insertRow(jdbc, name);
    }

    private static JsonNode join(SignalingTestClient client, String room) {
        return client.request("{\"type\":\"join\",\"id\":\"j\",\"conference_id\":\"" + room + "\"}", "j");
    }

    private static String room() {
        return "owner-" + Long.toHexString(System.nanoTime());
    }

    @Test
    void chatHistoryIsPushedOnJoinAndTheAdHocHostMayDeleteMessages() {
        String room = room();
        try (SignalingTestClient ada = socket(account("ada"), "ada");
             SignalingTestClient bob = socket(account("bob"), "bob")) {
            assertThat(join(ada, room).path("type").asString()).isEqualTo("joined");
            JsonNode pushed = ada.next("chat_history");
            assertThat(pushed.has("id")).isFalse();
            assertThat(pushed.path("can_delete").asBoolean()).as("the first joiner of an ad-hoc room hosts").isTrue();
            join(bob, room);
            assertThat(bob.next("chat_history").path("can_delete").asBoolean()).isFalse();

            // bob never asked for chat_history: chat reaches him from his join on.
            JsonNode sent = ada.request("{\"type\":\"chat_send\",\"id\":\"s\",\"text\":\"hello bob\"}", "s");
            long messageId = sent.path("message").path("id").asLong();
            assertThat(bob.next("chat_message").path("message").path("text").asString()).isEqualTo("hello bob");

            JsonNode deleted = ada.request("{\"type\":\"chat_delete\",\"id\":\"d\",\"message_id\":" + messageId + "}", "d");
            assertThat(deleted.path("type").asString()).as(deleted.toString()).isEqualTo("ok");
            assertThat(bob.next("chat_deleted").path("message_id").asLong()).isEqualTo(messageId);
            JsonNode refused = bob.request("{\"type\":\"chat_delete\",\"id\":\"d\",\"message_id\":" + messageId + "}", "d");
            assertThat(refused.path("code").asString()).isEqualTo("forbidden");
        }
    }

    @Test
    void anAccountMayHaveOnlyFiveAdHocRoomsOpenAtOnce() {
        long userId = account("opener");
        List<SignalingTestClient> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) {
                SignalingTestClient client = socket(userId, "opener");
                sockets.add(client);
                assertThat(join(client, room()).path("type").asString()).isEqualTo("joined");
            }
            SignalingTestClient sixth = socket(userId, "opener");
            sockets.add(sixth);
            JsonNode refused = join(sixth, room());
            assertThat(refused.path("code").asString()).isEqualTo("too_many_rooms");
            assertThat(refused.path("message").asString()).contains("5 rooms open");

            // Leaving one frees a place; the refused socket may join again.
            sockets.getFirst().request("{\"type\":\"leave\",\"id\":\"l\"}", "l");
            assertThat(join(sixth, room()).path("type").asString()).isEqualTo("joined");
        } finally {
            sockets.forEach(SignalingTestClient::close);
        }
    }

    @Test
    void shutdownClosesEverySocketWithServiceRestart() {
        try (SignalingTestClient ada = socket(account("ada"), "ada")) {
            join(ada, room());
            handler.closeAllForShutdown();
            assertThat(ada.awaitClose(5)).isEqualTo(1012);
        }
    }
}
