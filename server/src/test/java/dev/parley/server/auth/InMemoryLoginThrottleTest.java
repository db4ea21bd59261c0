package dev.parley.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.MutableClock;
import dev.parley.server.config.ParleyProperties;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** Window arithmetic with a controlled clock: limits per username and per address, expiry, reset. */
class InMemoryLoginThrottleTest {
    private final MutableClock clock = MutableClock.at(java.time.Instant.parse("2026-01-01T10:00:00Z"));
    private final InMemoryLoginThrottle throttle = new InMemoryLoginThrottle(new ParleyProperties(Path.of("."),
            new ParleyProperties.Db("", "", ""),
            new ParleyProperties.Auth("", "parley", Duration.ofMinutes(15), Duration.ofDays(14),
                    new ParleyProperties.Throttle(3, Duration.ofMinutes(10), 5, Duration.ofMinutes(30))),
            new ParleyProperties.Http(DataSize.ofKilobytes(64))), clock);

    @Test
    void usernameIsBlockedAfterMaxFailuresUntilTheOldestLeavesTheWindow() {
        throttle.recordFailure("ada", "10.0.0.1");
        clock.advance(Duration.ofMinutes(2));
        throttle.recordFailure("ADA", "10.0.0.2");
        throttle.recordFailure("ada", "10.0.0.3");

        assertThat(throttle.retryAfter("ada", "10.0.0.9")).isEqualTo(Duration.ofMinutes(8));
        clock.advance(Duration.ofMinutes(8));
        assertThat(throttle.retryAfter("ada", "10.0.0.9")).isZero();
    }

    @Test
    void addressIsBlockedAcrossUsernames() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("user" + i, "10.0.0.1");
        }

        assertThat(throttle.retryAfter("someone-new", "10.0.0.1")).isEqualTo(Duration.ofMinutes(30));
        assertThat(throttle.retryAfter("someone-new", "10.0.0.2")).isZero();
    }

    @Test
    void belowTheLimitNobodyWaits() {
        throttle.recordFailure("ada", "10.0.0.1");
        throttle.recordFailure("ada", "10.0.0.1");

        assertThat(throttle.retryAfter("ada", "10.0.0.1")).isZero();
    }

    @Test
    void successClearsTheUsernameButNotTheAddress() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("ada", "10.0.0.1");
        }
        throttle.recordSuccess("ada");

        assertThat(throttle.retryAfter("ada", "10.0.0.2")).isZero();
        assertThat(throttle.retryAfter("ada", "10.0.0.1")).isPositive();
    }

    @Test
    void idleKeysAreEvicted() {
        throttle.recordFailure("ada", "10.0.0.1");
        clock.advance(Duration.ofMinutes(31));
        throttle.evictIdle();

        assertThat(throttle.retryAfter("ada", "10.0.0.1")).isZero();
    }
}
