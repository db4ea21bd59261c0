package dev.parley.server.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.server.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    private final MutableClock clock = MutableClock.at(Instant.parse("2026-12-07T10:00:00Z"));
    private final RateLimiter limiter = new RateLimiter(new RateLimitProperties.Limit(3, Duration.ofMinutes(30)), clock);

    @Test
    void aBurstOfMaxPassesThenTheNextWaitsForOneRefill() {
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.acquire("10.0.0.1")).isZero();
        }

        assertThat(limiter.acquire("10.0.0.1")).isEqualTo(Duration.ofMinutes(10));
        clock.advance(Duration.ofMinutes(4));
        assertThat(limiter.acquire("10.0.0.1")).as("a refused request takes nothing").isEqualTo(Duration.ofMinutes(6));
        clock.advance(Duration.ofMinutes(6));
        assertThat(limiter.acquire("10.0.0.1")).isZero();
        assertThat(limiter.acquire("10.0.0.1")).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void addressesAreCountedApart() {
        for (int i = 0; i < 3; i++) {
            limiter.acquire("10.0.0.1");
        }

        assertThat(limiter.acquire("10.0.0.2")).isZero();
        assertThat(limiter.acquire("10.0.0.1")).isPositive();
    }

    @Test
    void aLongPauseRefillsOnlyUpToMax() {
        limiter.acquire("a");
        clock.advance(Duration.ofDays(3));

        for (int i = 0; i < 3; i++) {
            assertThat(limiter.acquire("a")).isZero();
        }
        assertThat(limiter.acquire("a")).isPositive();
    }

    @Test
    void sweepForgetsOnlyBucketsThatRefilledCompletely() {
        limiter.acquire("old");
        clock.advance(Duration.ofMinutes(10));
        limiter.acquire("recent");

        limiter.sweep();

        assertThat(limiter.size()).isEqualTo(1);
        clock.advance(Duration.ofMinutes(10));
        limiter.sweep();
        assertThat(limiter.size()).isZero();
    }

    @Test
    void nonsenseLimitsAreRefusedAtStart() {
        assertThatThrownBy(() -> new RateLimitProperties(0, Duration.ofHours(1), 60, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("parley.rate-limit");
        assertThatThrownBy(() -> new RateLimitProperties(10, Duration.ofHours(1), 60, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
