package dev.parley.server.chat;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * A token bucket per participant: a burst of {@link #BURST} messages, then one every {@link #REFILL_MILLIS} ms (a person
 * typing fast sends about one message every few seconds; a script flooding the room is stopped after the burst). Thread-safe:
 * each bucket is updated inside {@link ConcurrentHashMap#compute}.
 */
@Component
class ChatRateLimiter {
    static final int BURST = 8;
    static final long REFILL_MILLIS = 500;

    private final Clock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** @param tokens messages allowed now (may be fractional); at the time {@code atMillis} */
    private record Bucket(double tokens, long atMillis, boolean granted) {
    }

    ChatRateLimiter(Clock clock) {
        this.clock = clock;
    }

    /** Takes one message from {@code key}'s bucket; false when it is empty. */
    boolean tryAcquire(String key) {
        long now = clock.millis();
        Bucket bucket = buckets.compute(key, (k, old) -> {
            double tokens = old == null ? BURST
                    : Math.min(BURST, old.tokens() + Math.max(0, now - old.atMillis()) / (double) REFILL_MILLIS);
            return tokens >= 1 ? new Bucket(tokens - 1, now, true) : new Bucket(tokens, now, false);
        });
        return bucket.granted();
    }

    /** Forgets a participant who left, so the map does not grow with every participant ever seen. */
    void forget(String key) {
        buckets.remove(key);
    }
}
