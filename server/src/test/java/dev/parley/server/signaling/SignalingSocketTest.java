package dev.parley.server.signaling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.server.ApiClient;
import dev.parley.server.ParleyServerTest;
import dev.parley.server.TestUsers;
import dev.parley.server.conference.ConferenceProperties;
import dev.parley.server.security.AccessTokens;
import dev.parley.server.security.LiveAccounts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The /ws endpoint end to end over a real socket: authentication, error replies, membership rules, join and leave. */
@ParleyServerTest
class SignalingSocketTest {
    @LocalServerPort
    int port;

    @Autowired
    AccessTokens tokens;

    @Autowired
    JdbcClient jdbc;

    /** Signaling, like REST, refuses a token whose account does not exist, so every token needs a real row. */
    private String token(String name) {
        return tokens.issue(TestUsers.insertRow(jdbc, name), name).token();
    }

    private static String conferenceId() {
        return "sig-" + Long.toHexString(System.nanoTime());
    }

    @Test
    void aPageOfAnotherSiteCannotOpenTheSocket() {
        // Cross-site WebSocket hijacking: a foreign page's handshake carries its Origin; only same-origin pages may connect.
        CompletableFuture<WebSocket> handshake = HttpClient.newHttpClient().newWebSocketBuilder()
                .header("Origin", "http://evil.example")
                .buildAsync(URI.create("ws://127.0.0.1:" + port + "/ws"), new WebSocket.Listener() {
                });

        assertThatThrownBy(handshake::join).hasCauseInstanceOf(WebSocketHandshakeException.class);
    }

    @Test
    void aBadTokenIsRefusedAndTheSocketClosedWithPolicyViolation() {
        try (SignalingTestClient client = new SignalingTestClient(port)) {
            client.send("{\"type\":\"hello\",\"id\":\"1\",\"token\":\"not.a.jwt\"}");

            JsonNode error = client.next();
            assertThat(error.path("type").asString()).isEqualTo("error");
            assertThat(error.path("id").asString()).isEqualTo("1");
            assertThat(error.path("code").asString()).isEqualTo("invalid_token");
            assertThat(error.path("message").asString()).isNotBlank();
            assertThat(client.awaitClose(5)).isEqualTo(1008);
        }
    }

    @Test
    void aValidTokenOfADeletedAccountIsRefusedAsOnRest() {
        long userId = TestUsers.insertRow(jdbc, "gone");
        String token = tokens.issue(userId, "gone").token();
        jdbc.sql("DELETE FROM users WHERE id = :id").param("id", userId).update();

        try (SignalingTestClient client = new SignalingTestClient(port)) {
            client.send("{\"type\":\"hello\",\"id\":\"1\",\"token\":\"" + token + "\"}");

            JsonNode error = client.next();
            assertThat(error.path("type").asString()).as(error.toString()).isEqualTo("error");
            assertThat(error.path("code").asString()).isEqualTo("invalid_token");
            assertThat(error.path("message").asString()).isEqualTo(LiveAccounts.ACCOUNT_GONE);
            assertThat(client.awaitClose(5)).isEqualTo(1008);
        }
    }

    @Test
    void anythingBeforeHelloIsRefusedAndTheSocketClosed() {
        try (SignalingTestClient client = new SignalingTestClient(port)) {
            client.send("{\"type\":\"join\",\"id\":\"1\",\"conference_id\":\"abc\"}");

            assertThat(client.next().path("code").asString()).isEqualTo("unauthenticated");
            assertThat(client.awaitClose(5)).isEqualTo(1008);
        }
    }

    @Test
    void aSocketThatNeverSaysHelloIsClosedAfterFiveSeconds() {
        try (SignalingTestClient client = new SignalingTestClient(port)) {
            assertThat(client.next().path("code").asString()).isEqualTo("hello_timeout");
            assertThat(client.awaitClose(10)).isEqualTo(1008);
        }
    }

    @Test
    void malformedAndUnknownMessagesGetErrorsAndTheSocketStaysUsable() {
        try (SignalingTestClient client = SignalingTestClient.authenticated(port, token("carol"))) {
            client.send("{not json");
            assertThat(client.next().path("code").asString()).isEqualTo("malformed_message");

            client.send("[1,2,3]");
            assertThat(client.next().path("code").asString()).isEqualTo("malformed_message");

            JsonNode unknown = client.request("{\"type\":\"teleport\",\"id\":\"u1\"}", "u1");
            assertThat(unknown.path("type").asString()).isEqualTo("error");
            assertThat(unknown.path("code").asString()).isEqualTo("unknown_type");
            assertThat(unknown.path("message").asString()).contains("teleport");

            JsonNode badField = client.request("{\"type\":\"join\",\"id\":\"j1\",\"conference_id\":42}", "j1");
            assertThat(badField.path("code").asString()).isEqualTo("invalid_message");
            assertThat(badField.path("message").asString()).contains("conference_id");

            assertThat(client.request("{\"type\":\"ping\",\"id\":\"p1\"}", "p1").path("type").asString()).isEqualTo("pong");
        }
    }

    @Test
    void framesOverSixtyFourKibibytesCloseTheSocketWithMessageTooBig() {
        try (SignalingTestClient client = SignalingTestClient.authenticated(port, token("dave"))) {
            client.send("{\"type\":\"ping\",\"pad\":\"" + "x".repeat(70 * 1024) + "\"}");

            assertThat(client.awaitClose(5)).isEqualTo(1009);
        }
    }

    @Test
    void aSocketThatDidNotJoinCannotActInAConference() {
        try (SignalingTestClient client = SignalingTestClient.authenticated(port, token("eve"))) {
            for (String request : List.of(
                    "{\"type\":\"publish\",\"id\":\"x\",\"sdp\":\"v=0\",\"sources\":{}}",
                    "{\"type\":\"subscribe_answer\",\"id\":\"x\",\"version\":1,\"sdp\":\"v=0\"}",
                    "{\"type\":\"pause_producer\",\"id\":\"x\",\"producer_id\":\"t1\"}",
                    "{\"type\":\"leave\",\"id\":\"x\"}")) {
                assertThat(client.request(request, "x").path("code").asString()).as(request).isEqualTo("not_joined");
            }
        }
    }

    @Test
    void aMalformedConferenceIdIsRefused() {
        try (SignalingTestClient client = SignalingTestClient.authenticated(port, token("frank"))) {
            JsonNode reply = client.request("{\"type\":\"join\",\"id\":\"j\",\"conference_id\":\"Not Valid!\"}", "j");

            assertThat(reply.path("code").asString()).isEqualTo("invalid_conference_id");
        }
    }

    @Test
    void participantsSeeEachOtherJoinAndLeave() {
        String conference = conferenceId();
        try (SignalingTestClient ada = SignalingTestClient.authenticated(port, token("ada"));
             SignalingTestClient bob = SignalingTestClient.authenticated(port, token("bob"))) {
            JsonNode adaJoined = ada.request(join(conference, "a"), "a");
            assertThat(adaJoined.path("type").asString()).isEqualTo("joined");
            assertThat(adaJoined.path("participants").size()).isZero();
            assertThat(adaJoined.path("ice_servers").isArray()).isTrue();
            String adaId = adaJoined.path("participant_id").asString();

            JsonNode bobJoined = bob.request(join(conference, "b"), "b");
            assertThat(bobJoined.path("participants").get(0).path("id").asString()).isEqualTo(adaId);
            assertThat(bobJoined.path("participants").get(0).path("name").asString()).isEqualTo("ada");
            String bobId = bobJoined.path("participant_id").asString();

            JsonNode joinedEvent = ada.next("participant_joined");
            assertThat(joinedEvent.path("participant").path("id").asString()).isEqualTo(bobId);
            assertThat(joinedEvent.path("participant").path("name").asString()).isEqualTo("bob");

            // A participant may only pause its own Producers.
            JsonNode pause = bob.request("{\"type\":\"pause_producer\",\"id\":\"p\",\"producer_id\":\"t0\"}", "p");
            assertThat(pause.path("code").asString()).isEqualTo("unknown_producer");

            assertThat(bob.request("{\"type\":\"join\",\"id\":\"again\",\"conference_id\":\"" + conference + "\"}", "again")
                    .path("code").asString()).isEqualTo("already_joined");

            bob.close();
            assertThat(ada.next("participant_left").path("participant_id").asString()).isEqualTo(bobId);
        }
    }

    @Test
    void theEleventhParticipantIsToldTheConferenceIsFull() {
        String conference = conferenceId();
        List<SignalingTestClient> clients = new ArrayList<>();
        try {
            for (int i = 0; i < ConferenceProperties.DEFAULTS.maxParticipants(); i++) {
                SignalingTestClient client = SignalingTestClient.authenticated(port, token("p" + i));
                clients.add(client);
                assertThat(client.request(join(conference, "j"), "j").path("type").asString()).isEqualTo("joined");
            }
            SignalingTestClient late = SignalingTestClient.authenticated(port, token("late"));
            clients.add(late);

            JsonNode reply = late.request(join(conference, "j"), "j");

            assertThat(reply.path("code").asString()).isEqualTo("conference_full");
            assertThat(reply.path("message").asString()).contains("full");
        } finally {
            clients.forEach(SignalingTestClient::close);
        }
    }

    @Test
    void participantsCanReadTheirConferenceStatsAndNobodyElseCan() {
        String conference = conferenceId();
        String gina = token("gina");
        ApiClient api = new ApiClient(port);
        try (SignalingTestClient client = SignalingTestClient.authenticated(port, gina)) {
            String participantId = client.request(join(conference, "j"), "j").path("participant_id").asString();

            ApiClient.Response mine = api.get("/conferences/" + conference + "/stats", gina);
            assertThat(mine.status()).as(mine.body()).isEqualTo(200);
            assertThat(mine.json().path("conference_id").asString()).isEqualTo(conference);
            assertThat(mine.json().path("participants").get(0).path("id").asString()).isEqualTo(participantId);
            assertThat(mine.json().path("router").path("transports").size()).isEqualTo(2);

            ApiClient.Response stranger = api.get("/conferences/" + conference + "/stats", token("henry"));
            assertThat(stranger.status()).isEqualTo(404);
            assertThat(api.get("/conferences/" + conference + "/stats", null).status()).isEqualTo(401);
        }
    }

    private static String join(String conference, String id) {
        return "{\"type\":\"join\",\"id\":\"" + id + "\",\"conference_id\":\"" + conference + "\"}";
    }
}
