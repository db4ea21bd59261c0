package dev.parley.media.sfu.stream;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeyframeRequestLimiterTest {
    private static final long MS = 1_000_000L;

    private final KeyframeRequestLimiter limiter = new KeyframeRequestLimiter(500 * MS);

    @Test
    void firstRequestGoesOutAtOnceEvenAtTimeZero() {
        assertThat(limiter.request(0)).isTrue();
    }

    @Test
    void tenRequestsWithinTheIntervalCostOneKeyframeNowAndOneWhenItEnds() {
        assertThat(limiter.request(1000 * MS)).isTrue();
        for (int i = 1; i <= 9; i++) {
            assertThat(limiter.request((1000 + i * 10) * MS)).isFalse();
        }

        assertThat(limiter.poll(1499 * MS)).isFalse();
        assertThat(limiter.poll(1500 * MS)).isTrue();
        assertThat(limiter.poll(2500 * MS)).as("released once only").isFalse();
    }

    @Test
    void aKeyframeSatisfiesThePendingRequest() {
        limiter.request(0);
        limiter.request(100 * MS);
        assertThat(limiter.isPending()).isTrue();

        limiter.onKeyframe();

        assertThat(limiter.poll(600 * MS)).isFalse();
    }

    @Test
    void requestAfterTheIntervalGoesOutDirectly() {
        limiter.request(0);

        assertThat(limiter.request(499 * MS)).isFalse();
        assertThat(limiter.poll(500 * MS)).isTrue();
        assertThat(limiter.request(1000 * MS)).isTrue();
    }

    @Test
    void aDeferredRequestIsReleasedByTheNextPollEvenBeforeAnyWasSent() {
        limiter.defer();

        assertThat(limiter.poll(0)).isTrue();
        assertThat(limiter.request(100 * MS)).as("paced after the released one").isFalse();
    }
}
