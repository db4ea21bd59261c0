package dev.parley.server.signaling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.ParleyServerTest;
import dev.parley.server.TestUsers;
import dev.parley.server.security.AccessTokens;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Host controls, hands and reactions over real sockets (no media): who is host, refusals in words for non-hosts, the hand
 * queue, the reaction palette and rate limit, and a removal that keeps the person out until readmitted.
 */
@ParleyServerTest
class ModerationSignalingTest {
    @LocalServerPort
    int port;

    @Autowired
    AccessTokens tokens;
    /** Signaling refuses tokens of accounts that do not exist, so every person gets a row. */
    @Autowired
    JdbcClient jdbc;

    /** One signed-in person: their socket, the account id they rejoin with, and messages read past while awaiting a reply. */
    private record Person(SignalingTestClient socket, long userId, String name, List<JsonNode> passed) {
        /** Sends a request and returns its reply; events that arrive first are kept for {@link #until}. */
        JsonNode ask(String json) {
            socket.send(json.replace("{", "{\"id\":\"q\",").replace("'", "\""));
            while (true) {
                JsonNode message = socket.next();
                if ("q".equals(message.path("id").asString(null))) {
                    return message;
                }
                passed.add(message);
            }
        }

        /** The first message (already passed or still to come) of {@code type} that satisfies {@code test}. */
        JsonNode until(String type, Predicate<JsonNode> test) {
            while (!passed.isEmpty()) {
                JsonNode message = passed.removeFirst();
                if (type.equals(message.path("type").asString()) && test.test(message)) {
                    return message;
                }
            }
            while (true) {
                JsonNode message = socket.next(type);
                if (test.test(message)) {
                    return message;
                }
            }
        }
    }

    private Person person(String name) {
        long userId = TestUsers.insertRow(jdbc, name);
        return new Person(SignalingTestClient.authenticated(port, tokens.issue(userId, name).token()), userId, name,
                new ArrayList<>());
    }

    private static String conferenceId() {
        return "mod-" + Long.toHexString(System.nanoTime());
    }

    private static String join(Person person, String conference) {
        JsonNode joined = person.socket().request("{\"type\":\"join\",\"id\":\"j\",\"conference_id\":\"" + conference + "\"}", "j");
        assertThat(joined.path("type").asString()).as(joined.toString()).isEqualTo("joined");
        return joined.path("participant_id").asString();
    }

    private static JsonNode ask(Person person, String json) {
        return person.ask(json);
    }

    private static void ok(JsonNode reply) {
        assertThat(reply.path("type").asString()).as(reply.toString()).isEqualTo("ok");
    }

    private static List<String> strings(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }

    @Test
    void theFirstJoinerHostsAndEveryControlFromSomeoneElseIsRefusedInWords() {
        String conference = conferenceId();
        Person ada = person("ada");
        Person bob = person("bob");
        try (var a = ada.socket(); var b = bob.socket()) {
            String adaId = join(ada, conference);
            assertThat(strings(ada.until("moderation", m -> true).path("hosts"))).containsExactly(adaId);
            join(bob, conference);
            assertThat(strings(bob.until("moderation", m -> true).path("hosts"))).containsExactly(adaId);

            for (String control : List.of("{'type':'mute_participant','participant_id':'" + adaId + "'}",
                    "{'type':'mute_all'}", "{'type':'stop_video','participant_id':'" + adaId + "'}",
                    "{'type':'remove_participant','participant_id':'" + adaId + "'}",
                    "{'type':'allow_unmute','participant_id':'" + adaId + "'}",
                    "{'type':'readmit','removed_id':'user:1'}", "{'type':'lower_hand','participant_id':'" + adaId + "'}")) {
                JsonNode reply = ask(bob, control);
                assertThat(reply.path("type").asString()).as(control).isEqualTo("error");
                assertThat(reply.path("code").asString()).as(control).isEqualTo("not_host");
                assertThat(reply.path("message").asString()).as(control).startsWith("Only the host can ");
            }
            JsonNode unknown = ask(ada, "{'type':'mute_participant','participant_id':'p-nobody'}");
            assertThat(unknown.path("code").asString()).isEqualTo("unknown_participant");
        }
    }

    @Test
    void handsQueueInOrderForEveryoneAndReactionsReachEveryoneWithinTheirRateLimit() {
        String conference = conferenceId();
        Person ada = person("ada");
        Person bob = person("bob");
        Person cyd = person("cyd");
        try (var a = ada.socket(); var b = bob.socket(); var c = cyd.socket()) {
            String adaId = join(ada, conference);
            String bobId = join(bob, conference);
            String cydId = join(cyd, conference);

            ok(ask(cyd, "{'type':'raise_hand'}"));
            ok(ask(bob, "{'type':'raise_hand'}"));
            ada.until("moderation", m -> strings(m.path("hands")).equals(List.of(cydId, bobId)));
            // The host lowers cyd's hand; bob's stays, now first.
            ok(ask(ada, "{'type':'lower_hand','participant_id':'" + cydId + "'}"));
            cyd.until("moderation", m -> strings(m.path("hands")).equals(List.of(bobId)));

            ok(ask(bob, "{'type':'react','emoji':'👏'}"));
            JsonNode reaction = ada.until("reaction", m -> true);
            assertThat(reaction.path("participant_id").asString()).isEqualTo(bobId);
            assertThat(reaction.path("emoji").asString()).isEqualTo("👏");
            assertThat(ask(bob, "{'type':'react','emoji':'<img src=x>'}").path("code").asString())
                    .isEqualTo("invalid_reaction");
            for (int i = 1; i < 5; i++) {
                ok(ask(bob, "{'type':'react','emoji':'🎉'}"));
            }
            JsonNode flood = ask(bob, "{'type':'react','emoji':'🎉'}");
            assertThat(flood.path("code").asString()).isEqualTo("rate_limited");
            assertThat(flood.path("message").asString()).contains("at most 5 reactions");
            assertThat(adaId).isNotEqualTo(bobId);
        }
    }

    @Test
    void aRemovedPersonIsDisconnectedAndCannotRejoinUntilReadmitted() {
        String conference = conferenceId();
        Person ada = person("ada");
        Person cyd = person("cyd");
        try (var a = ada.socket(); var c = cyd.socket()) {
            join(ada, conference);
            String cydId = join(cyd, conference);
            // Moderation learns of a participant just after the join reply: wait until the host's page would list cyd.
            ada.until("moderation", m -> strings(m.path("participants")).contains(cydId));

            ok(ask(ada, "{'type':'remove_participant','participant_id':'" + cydId + "'}"));
            assertThat(cyd.until("removed", m -> true).path("reason").asString()).contains("removed you");
            assertThat(cyd.socket().awaitClose(5)).isEqualTo(4001);
            ada.until("participant_left", m -> m.path("participant_id").asString().equals(cydId));
            JsonNode state = ada.until("moderation", m -> !m.path("removed").isEmpty());
            assertThat(state.path("removed").get(0).path("name").asString()).isEqualTo("cyd");
            assertThat(strings(state.path("hosts"))).doesNotContain(cydId);
            String removedId = state.path("removed").get(0).path("id").asString();

            try (SignalingTestClient again = SignalingTestClient.authenticated(port, tokens.issue(cyd.userId(), "cyd").token())) {
                JsonNode refused = again.request("{\"type\":\"join\",\"id\":\"j\",\"conference_id\":\"" + conference + "\"}", "j");
                assertThat(refused.path("code").asString()).isEqualTo("removed_by_host");
                assertThat(refused.path("message").asString()).contains("readmits you");

                ok(ask(ada, "{'type':'readmit','removed_id':'" + removedId + "'}"));
                assertThat(again.request("{\"type\":\"join\",\"id\":\"k\",\"conference_id\":\"" + conference + "\"}", "k")
                        .path("type").asString()).isEqualTo("joined");
            }
        }
    }
}
