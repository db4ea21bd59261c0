package dev.parley.server.moderation;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The reaction palette and rate limit, with a clock the test moves. */
class ReactionsTest {
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
