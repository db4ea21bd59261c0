package dev.parley.server.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who hosts, the hand queue, the deny list and the reaction rate limit, without a server (a fixed clock). */
class RoomTest {
    /** Records every message a participant would receive. */
    private record Inbox(List<Object> received) implements ModerationChannel {
        Inbox() {
            this(new ArrayList<>());
        }

        @Override
        public void send(String type, Object body) {
            received.add(body);
        }

        @Override
        public void disconnect() {
        }

        ModerationState lastState() {
            return (ModerationState) received.reversed().stream().filter(ModerationState.class::isInstance).findFirst()
                    .orElseThrow();
        }
    }

    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-11-25T07:00:00Z"), ZoneOffset.UTC);

    @Test
    void inAnAdHocRoomTheFirstJoinerHostsAndTheLongestPresentTakesOverWhenTheHostLeaves() {
        Room room = new Room(true, FIXED);
        room.joined("p1", "ada", "user:1", false);
        room.joined("p2", "bob", "user:2", false);
        room.joined("p3", "cyd", "user:3", false);
        assertThat(room.isHost("p1")).isTrue();
        assertThat(room.isHost("p2")).isFalse();

        room.left("p1");

        assertThat(room.isHost("p2")).isTrue();
        assertThat(room.isHost("p3")).isFalse();
    }

    @Test
    void inAMeetingConferenceOnlyTheHostGrantHosts() {
        Room room = new Room(false, FIXED);
        room.joined("p1", "guest", "guest:Grace", false);
        room.joined("p2", "ada", "user:1", true);

        assertThat(room.isHost("p1")).isFalse();
        assertThat(room.isHost("p2")).isTrue();
        room.left("p2");
        assertThat(room.isHost("p1")).as("no promotion in a meeting").isFalse();
        assertThatThrownBy(() -> room.requireHost("p1", "mute others")).isInstanceOf(ModerationException.class)
                .hasMessage("Only the host can mute others.");
    }

    @Test
    void handsQueueInOrderAndOnlyAHostLowersSomeoneElses() {
        Room room = new Room(true, FIXED);
        Inbox ada = new Inbox();
        room.joined("p1", "ada", "user:1", false);
        room.joined("p2", "bob", "user:2", false);
        room.joined("p3", "cyd", "user:3", false);
        room.connected("p1", ada);

        room.raiseHand("p3");
        room.raiseHand("p2");
        room.raiseHand("p3");
        assertThat(ada.lastState().hands()).containsExactly("p3", "p2");

        assertThatThrownBy(() -> room.lowerHand("p2", "p3")).hasMessage("Only the host can lower someone else's hand.");
        room.lowerHand("p1", "p3");
        assertThat(ada.lastState().hands()).containsExactly("p2");
        room.left("p2");
        assertThat(ada.lastState().hands()).isEmpty();
    }

    @Test
    void aRemovedPersonStaysDeniedUntilReadmittedAndOnlyHostsSeeTheList() {
        Room room = new Room(true, FIXED);
        Inbox ada = new Inbox();
        Inbox bob = new Inbox();
        room.joined("p1", "ada", "user:1", false);
        room.joined("p2", "bob", "user:2", false);
        room.joined("p3", "cyd", "user:3", false);
        room.connected("p1", ada);
        room.connected("p2", bob);

        room.deny("p3");
        room.left("p3");

        assertThat(room.isDenied("user:3")).isTrue();
        assertThat(room.isDenied("user:2")).isFalse();
        assertThat(ada.lastState().removed()).containsExactly(new ModerationState.Removed("user:3", "cyd"));
        assertThat(bob.lastState().removed()).isEmpty();
        assertThat(room.disposable()).isFalse();
        assertThatThrownBy(() -> room.readmit("user:9")).isInstanceOf(ModerationException.class);
        room.readmit("user:3");
        assertThat(room.isDenied("user:3")).isFalse();
    }

    @Test
    void reactionsAreLimitedToFivePerTenSecondsPerParticipantFromTheAllowedPalette() {
        MutableClock clock = new MutableClock();
        Reactions reactions = new Reactions(clock);
        for (int i = 0; i < Reactions.BURST; i++) {
            reactions.accept("p1", "👍");
            clock.advance(1_000);
        }
        assertThatThrownBy(() -> reactions.accept("p1", "👍")).isInstanceOf(ModerationException.class)
                .extracting(e -> ((ModerationException) e).code()).isEqualTo("rate_limited");
        reactions.accept("p2", "🎉"); // someone else is not limited by p1
        clock.advance(5_000); // the first reaction (t=0) is now 10 s old and leaves the window
        reactions.accept("p1", "👍");
        assertThatThrownBy(() -> reactions.accept("p1", "hello")).extracting(e -> ((ModerationException) e).code())
                .isEqualTo("invalid_reaction");
    }

    /** A clock the test moves by hand (ms). */
    private static final class MutableClock extends Clock {
        private long millis = 1_000_000;

        void advance(long delta) {
            millis += delta;
        }

        @Override
        public long millis() {
            return millis;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
