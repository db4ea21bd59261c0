package dev.parley.server.signaling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.ParleyServerTest;
import dev.parley.server.TestUsers;
import dev.parley.server.security.AccessTokens;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Issue 8 defect 1: sockets that join and vanish while the moderation state is being sent to everyone once wedged a
 * conference for good (a lock-order deadlock between a conference, its moderation room and the rooms map; after it nothing
 * was answered). A bounded storm over real sockets: two ordinary accounts, several rooms, each with a host socket that keeps
 * raising and lowering its hand, while other sockets join and, as soon as {@code joined} arrives, are dropped together with
 * an older socket. Every request must be answered in time, and afterwards every room must still admit a fresh join.
 */
@ParleyServerTest
class ConferenceStressTest {
    private static final int ROOMS = 4;
    private static final int ROUNDS_PER_ROOM = 30;
    /** Far above a healthy answer (milliseconds), far below "hung". */
    private static final long ANSWER_MILLIS = 10_000;

    @LocalServerPort
    int port;
    @Autowired
    AccessTokens tokens;
    @Autowired
    JdbcClient jdbc;

    @Test
    void joinsLeavesAndAbortsUnderModerationTrafficNeverWedgeARoom() throws Exception {
        String ada = tokens.issue(TestUsers.insertRow(jdbc, "stress_ada"), "stress_ada").token();
        String bob = tokens.issue(TestUsers.insertRow(jdbc, "stress_bob"), "stress_bob").token();
        String prefix = "stress-" + Long.toHexString(System.nanoTime());
        List<String> rooms = new ArrayList<>();
        for (int r = 0; r < ROOMS; r++) {
            rooms.add(prefix + "-" + r);
        }
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        List<SignalingTestClient> hosts = new ArrayList<>();
        ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor();
        try {
            for (String room : rooms) {
                SignalingTestClient host = SignalingTestClient.authenticated(port, ada);
                hosts.add(host);
                assertThat(answer(host, join(room, "h"), "h")).isEqualTo("joined");
            }
            List<Future<?>> work = new ArrayList<>();
            for (int r = 0; r < ROOMS; r++) {
                String room = rooms.get(r);
                SignalingTestClient host = hosts.get(r);
                work.add(pool.submit(() -> churn(room, ada, bob, failures)));
                work.add(pool.submit(() -> churn(room, bob, ada, failures)));
                work.add(pool.submit(() -> handTraffic(host, failures)));
            }
            for (Future<?> future : work) {
                future.get(90, TimeUnit.SECONDS);
            }
            assertThat(failures).as("requests that were not answered in time").isEmpty();
            for (int r = 0; r < ROOMS; r++) {
                assertThat(answer(hosts.get(r), "{\"type\":\"ping\",\"id\":\"last\"}", "last")).isEqualTo("pong");
                try (SignalingTestClient fresh = SignalingTestClient.authenticated(port, bob)) {
                    assertThat(answer(fresh, join(rooms.get(r), "f"), "f")).as(rooms.get(r)).isEqualTo("joined");
                }
            }
        } finally {
            hosts.forEach(SignalingTestClient::close);
            pool.shutdownNow();
        }
    }

    /** Rounds of: an older socket is in the room; a new one joins; as soon as it is joined both drop without a close frame. */
    private void churn(String room, String older, String newer, ConcurrentLinkedQueue<String> failures) {
        for (int round = 0; round < ROUNDS_PER_ROOM; round++) {
            SignalingTestClient first = null;
            SignalingTestClient second = null;
            try {
                first = SignalingTestClient.authenticated(port, older);
                String joined = answer(first, join(room, "a"), "a");
                second = SignalingTestClient.authenticated(port, newer);
                String again = answer(second, join(room, "b"), "b");
                if (joined == null || again == null) {
                    failures.add(room + " round " + round + ": join not answered");
                    return;
                }
            } catch (RuntimeException | AssertionError e) {
                failures.add(room + " round " + round + ": " + e);
                return;
            } finally {
                if (second != null) {
                    second.abort();
                }
                if (first != null) {
                    first.abort();
                }
            }
        }
    }

    /** The host's hand goes up and down, so the moderation state is broadcast to everyone all the time. */
    private static void handTraffic(SignalingTestClient host, ConcurrentLinkedQueue<String> failures) {
        for (int i = 0; i < ROUNDS_PER_ROOM * 2; i++) {
            String id = "m" + i;
            String type = i % 2 == 0 ? "raise_hand" : "lower_hand";
            String body = i % 2 == 0 ? "{\"type\":\"raise_hand\",\"id\":\"" + id + "\"}"
                    : "{\"type\":\"lower_hand\",\"id\":\"" + id + "\"}";
            if (answer(host, body, id) == null) {
                failures.add("host " + type + " not answered");
                return;
            }
        }
    }

    /** The type of the reply to request {@code id}, or null when none came within {@link #ANSWER_MILLIS}. */
    private static String answer(SignalingTestClient client, String json, String id) {
        client.send(json);
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(ANSWER_MILLIS);
        while (System.nanoTime() < deadline) {
            JsonNode message = client.poll(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            if (message != null && id.equals(message.path("id").asString(null))) {
                return message.path("type").asString();
            }
        }
        return null;
    }

    private static String join(String room, String id) {
        return "{\"type\":\"join\",\"id\":\"" + id + "\",\"conference_id\":\"" + room + "\"}";
    }
}
