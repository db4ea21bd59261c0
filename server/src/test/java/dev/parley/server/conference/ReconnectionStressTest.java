package dev.parley.server.conference;

import static dev.parley.server.conference.ConferenceHarness.join;
import static dev.parley.server.conference.ConferenceHarness.joinResumable;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Races on the owner (bounded, like ConferenceStressTest): for each seat, a lost socket, resumes on two new sockets (kept
 * and fresh media), a leave and the grace expiry (a few milliseconds) all start at once from different threads. Whatever
 * order the executor sees, the seat ends in one of two honest states: still present once (nobody saw it leave), or gone
 * with exactly one {@code participant_left}; it never joins twice, and the owner keeps answering.
 */
class ReconnectionStressTest {
    private static final int ROUNDS = 60;
    private static ConferenceHarness harness;

    @BeforeAll
    static void start() {
        harness = new ConferenceHarness();
    }

    @AfterAll
    static void stop() {
        harness.close();
    }

    @Test
    void resumeLeaveAndGraceExpiryRacesLeaveEachSeatPresentOnceOrGoneWithOneLeave() throws Exception {
        Conference conference = harness.keepingSeats("seat-stress-" + System.nanoTime(), Duration.ofMillis(3));
        FakeChannel observer = new FakeChannel();
        join(conference, "observer", 1, ParticipantRole.PARTICIPANT, observer);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        List<String> ids = new ArrayList<>();
        try {
            for (int round = 0; round < ROUNDS; round++) {
                FakeChannel socket = new FakeChannel();
                Conference.Joined seat = joinResumable(conference, "p" + round, 100 + round, socket);
                ids.add(seat.participantId());
                ConferenceUser user = new ConferenceUser(100 + round, "p" + round);
                boolean withLeave = round % 3 == 0;
                CountDownLatch go = new CountDownLatch(1);
                List<CompletableFuture<?>> racers = new ArrayList<>();
                racers.add(CompletableFuture.runAsync(() -> {
                    await(go);
                    conference.socketLost(seat.participantId(), socket).join();
                }, threads));
                for (boolean keepMedia : new boolean[] {true, false}) {
                    racers.add(CompletableFuture.runAsync(() -> {
                        await(go);
                        sleepJitter();
                        conference.resume(user, seat.resumeToken(), new FakeChannel(), keepMedia, Conference.Reply.none())
                                .exceptionally(refused -> null).join();
                    }, threads));
                }
                if (withLeave) {
                    racers.add(CompletableFuture.runAsync(() -> {
                        await(go);
                        sleepJitter();
                        conference.leave(seat.participantId()).join();
                    }, threads));
                }
                go.countDown();
                CompletableFuture.allOf(racers.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
            }
            Thread.sleep(100); // every grace expiry (3 ms) has fired and run by now
            assertThat(conference.size()).as("the owner still answers").isPositive();

            List<String> present = conference.participants().stream().map(ConferenceEvent.ParticipantView::id).toList();
            for (String id : ids) {
                long lefts = countLeft(observer, id);
                long joins = countJoined(observer, id);
                assertThat(joins).as("joined events of %s", id).isEqualTo(1);
                if (present.contains(id)) {
                    assertThat(lefts).as("a present seat %s was never announced as left", id).isZero();
                    assertThat(present.stream().filter(id::equals)).as("present once").hasSize(1);
                } else {
                    assertThat(lefts).as("a released seat %s left exactly once", id).isEqualTo(1);
                }
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static long countLeft(FakeChannel observer, String id) {
        return observer.bodies("participant_left").stream()
                .filter(body -> ((ConferenceEvent.ParticipantLeft) body).participantId().equals(id)).count();
    }

    private static long countJoined(FakeChannel observer, String id) {
        return observer.bodies("participant_joined").stream()
                .filter(body -> ((ConferenceEvent.ParticipantJoined) body).participant().id().equals(id)).count();
    }

    private static void await(CountDownLatch go) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleepJitter() {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextInt(4));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
