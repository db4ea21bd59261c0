package dev.parley.server.conference;

import static dev.parley.server.conference.ConferenceHarness.join;
import static dev.parley.server.conference.ConferenceHarness.joinResumable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A seat kept across a lost socket (issue 12), on the conference owner without Spring or sockets: the others see
 * "reconnecting" and never a leave and a join; the same participant takes the seat back with its token and gets what was
 * sent meanwhile; the grace period ends in a normal leave; a token cannot take another person's seat.
 */
class ReconnectionsTest {
    private static final Duration LONG = Duration.ofMinutes(5);
    private static ConferenceHarness harness;

    @BeforeAll
    static void start() {
        harness = new ConferenceHarness();
    }

    @AfterAll
    static void stop() {
        harness.close();
    }

    private static String id() {
        return "seat-" + Long.toHexString(System.nanoTime());
    }

    static Conference.Joined resume(Conference conference, String name, long userId, String token, FakeChannel socket,
                                    boolean keepMedia) throws Exception {
        CompletableFuture<Conference.Joined> joined = new CompletableFuture<>();
        conference.resume(new ConferenceUser(userId, name), token, socket, keepMedia, (result, error) -> {
            socket.send(error == null ? "joined" : "error", error == null ? result : error);
            if (error == null) {
                joined.complete(result);
            } else {
                joined.completeExceptionally(error);
            }
        });
        return joined.get(5, TimeUnit.SECONDS);
    }

    static void eventually(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 5 s: " + what);
            }
            Thread.sleep(10);
        }
    }

    @Test
    void aLostSocketKeepsTheSeatAndTheResumedSocketGetsWhatItMissedAfterTheReply() throws Exception {
        Conference conference = harness.keepingSeats(id(), LONG);
        FakeChannel ada = new FakeChannel();
        FakeChannel bob = new FakeChannel();
        Conference.Joined adaJoined = joinResumable(conference, "ada", 1, ada);
        String adaId = adaJoined.participantId();
        join(conference, "bob", 2, ParticipantRole.PARTICIPANT, bob);
        assertThat(adaJoined.resumeToken()).hasSizeGreaterThanOrEqualTo(43);

        conference.socketLost(adaId, ada).get(5, TimeUnit.SECONDS);
        int beforeAway = ada.types().size();
        bob.await("participant_reconnecting");
        assertThat(conference.hasParticipant(adaId)).isTrue();
        assertThat(conference.participants()).filteredOn(p -> p.id().equals(adaId))
                .extracting(ConferenceEvent.ParticipantView::reconnecting).containsExactly(true);
        FakeChannel cyd = new FakeChannel();
        String cydId = join(conference, "cyd", 3, ParticipantRole.PARTICIPANT, cyd);
        assertThat(ada.types()).hasSize(beforeAway);

        FakeChannel adaAgain = new FakeChannel();
        Conference.Joined resumed = resume(conference, "ada", 1, adaJoined.resumeToken(), adaAgain, true);

        assertThat(resumed.resumed()).isTrue();
        assertThat(resumed.participantId()).isEqualTo(adaId);
        assertThat(resumed.participants()).extracting(ConferenceEvent.ParticipantView::name).containsExactly("bob", "cyd");
        adaAgain.await("participant_joined");
        assertThat(adaAgain.types()).containsExactly("joined", "participant_joined");
        assertThat(((ConferenceEvent.ParticipantJoined) adaAgain.last("participant_joined")).participant().id())
                .isEqualTo(cydId);
        bob.await("participant_reconnected");
        assertThat(bob.types()).doesNotContain("participant_left").containsOnlyOnce("participant_joined");
        assertThat(conference.participants()).extracting(ConferenceEvent.ParticipantView::id).containsOnlyOnce(adaId);
    }

    @Test
    void afterTheGracePeriodTheSeatIsReleasedAsALeaveAndCannotBeResumed() throws Exception {
        Conference conference = harness.keepingSeats(id(), Duration.ofMillis(200));
        FakeChannel ada = new FakeChannel();
        FakeChannel bob = new FakeChannel();
        Conference.Joined adaJoined = joinResumable(conference, "ada", 1, ada);
        join(conference, "bob", 2, ParticipantRole.PARTICIPANT, bob);

        conference.socketLost(adaJoined.participantId(), ada).get(5, TimeUnit.SECONDS);
        bob.await("participant_left");

        assertThat(bob.types()).containsSubsequence("participant_reconnecting", "participant_left");
        assertThat(conference.hasParticipant(adaJoined.participantId())).isFalse();
        assertThatThrownBy(() -> resume(conference, "ada", 1, adaJoined.resumeToken(), new FakeChannel(), true))
                .cause().isInstanceOf(ConferenceException.class).hasMessageContaining("no seat to resume");
    }

    @Test
    void aTokenCannotTakeAnotherPersonsSeatNorAnUnknownOne() throws Exception {
        Conference conference = harness.keepingSeats(id(), LONG);
        FakeChannel ada = new FakeChannel();
        Conference.Joined adaJoined = joinResumable(conference, "ada", 1, ada);
        conference.socketLost(adaJoined.participantId(), ada).get(5, TimeUnit.SECONDS);

        assertThatThrownBy(() -> resume(conference, "mallory", 66, adaJoined.resumeToken(), new FakeChannel(), true))
                .cause().hasMessageContaining("no seat to resume");
        assertThatThrownBy(() -> resume(conference, "ada", 1, adaJoined.resumeToken() + "x", new FakeChannel(), true))
                .cause().hasMessageContaining("no seat to resume");
        assertThat(conference.participants()).extracting(ConferenceEvent.ParticipantView::reconnecting).containsExactly(true);
    }

    @Test
    void aParticipantThatDidNotAskForASeatLeavesWhenItsSocketCloses() throws Exception {
        Conference conference = harness.keepingSeats(id(), LONG);
        FakeChannel ada = new FakeChannel();
        FakeChannel bob = new FakeChannel();
        String adaId = join(conference, "ada", 1, ParticipantRole.PARTICIPANT, ada);
        join(conference, "bob", 2, ParticipantRole.PARTICIPANT, bob);
        assertThat(((Conference.Joined) ada.last("joined")).resumeToken()).isNull();

        conference.socketLost(adaId, ada).get(5, TimeUnit.SECONDS);

        bob.await("participant_left");
        assertThat(bob.types()).doesNotContain("participant_reconnecting");
    }

    @Test
    void aReloadTakesTheSeatFromASocketTheServerStillThinksOpenAndItsLateCloseChangesNothing() throws Exception {
        Conference conference = harness.keepingSeats(id(), LONG);
        FakeChannel oldTab = new FakeChannel();
        FakeChannel bob = new FakeChannel();
        Conference.Joined adaJoined = joinResumable(conference, "ada", 1, oldTab);
        join(conference, "bob", 2, ParticipantRole.PARTICIPANT, bob);

        FakeChannel reloaded = new FakeChannel();
        Conference.Joined resumed = resume(conference, "ada", 1, adaJoined.resumeToken(), reloaded, false);
        conference.socketLost(adaJoined.participantId(), oldTab).get(5, TimeUnit.SECONDS);

        assertThat(resumed.participantId()).isEqualTo(adaJoined.participantId());
        assertThat(oldTab.closeCode()).isEqualTo(Reconnections.RESUMED_ELSEWHERE);
        assertThat(conference.participants()).extracting(ConferenceEvent.ParticipantView::reconnecting).containsExactly(false, false);
        conference.ask(c -> {
            c.send(adaJoined.participantId(), "ping", "after");
            return null;
        }).get(5, TimeUnit.SECONDS);
        reloaded.await("ping");
        assertThat(bob.types()).doesNotContain("participant_left", "participant_reconnecting");
        assertThat(conference.consumersByParticipant()).containsKey(adaJoined.participantId());
    }

    @Test
    void aSeatThatMissedTooMuchCannotCatchUpAndIsReleasedForAFreshJoin() throws Exception {
        Conference conference = harness.keepingSeats(id(), LONG);
        FakeChannel ada = new FakeChannel();
        FakeChannel bob = new FakeChannel();
        Conference.Joined adaJoined = joinResumable(conference, "ada", 1, ada);
        join(conference, "bob", 2, ParticipantRole.PARTICIPANT, bob);
        conference.socketLost(adaJoined.participantId(), ada).get(5, TimeUnit.SECONDS);
        conference.ask(c -> {
            for (int i = 0; i <= Seat.MAX_HELD; i++) {
                c.send(adaJoined.participantId(), "noise", i);
            }
            return null;
        }).get(5, TimeUnit.SECONDS);

        assertThatThrownBy(() -> resume(conference, "ada", 1, adaJoined.resumeToken(), new FakeChannel(), true))
                .cause().hasMessageContaining("Too much happened");
        bob.await("participant_left");
    }
}
