package dev.parley.server.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The per-participant token bucket with a fake clock: burst, refill, independence of participants, forget. */
class ChatRateLimiterTest {
    private final AtomicLong nowMillis = new AtomicLong(1_000_000);
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(nowMillis.get());
        }
    };
    private final ChatRateLimiter limiter = new ChatRateLimiter(clock);

    @Test
    void aBurstPassesThenOneMessagePerRefillInterval() {
        for (int i = 0; i < ChatRateLimiter.BURST; i++) {
            assertThat(limiter.tryAcquire("p1")).as("message %d of the burst", i + 1).isTrue();
        }
        assertThat(limiter.tryAcquire("p1")).isFalse();
        assertThat(limiter.tryAcquire("p2")).as("another participant has its own bucket").isTrue();

        nowMillis.addAndGet(ChatRateLimiter.REFILL_MILLIS - 1);
        assertThat(limiter.tryAcquire("p1")).isFalse();
        nowMillis.addAndGet(1);
        assertThat(limiter.tryAcquire("p1")).isTrue();
        assertThat(limiter.tryAcquire("p1")).isFalse();
    }

    @Test
    void aClockThatGoesBackGivesNothingAndForgettingRefills() {
        for (int i = 0; i < ChatRateLimiter.BURST; i++) {
            limiter.tryAcquire("p1");
        }
        nowMillis.addAndGet(-60_000);
        assertThat(limiter.tryAcquire("p1")).isFalse();
        limiter.forget("p1");
        assertThat(limiter.tryAcquire("p1")).isTrue();
    }
}
