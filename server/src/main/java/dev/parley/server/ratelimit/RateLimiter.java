package dev.parley.server.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per key (a client address): {@code max} tokens, one per request, refilled continuously at max per {@code per}.
 * A bucket that would be full again is worth nothing, so it is dropped on the next sweep: memory stays bounded by the keys
 * active within one period. Locking: each bucket is guarded by its own monitor; the map is concurrent.
 */
public final class RateLimiter {
    /** Sweep for idle buckets when the map grows past this; one entry is ~100 bytes. */
    private static final int SWEEP_ABOVE = 10_000;

    private final int max;
    private final double nanosPerToken;
    private final Clock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(RateLimitProperties.Limit limit, Clock clock) {
        this.max = limit.max();
        this.nanosPerToken = (double) limit.per().toNanos() / limit.max();
        this.clock = clock;
    }

    /**
     * Takes one token for {@code key}: {@link Duration#ZERO} if the request may go ahead, else how long until a token is back
     * (nothing is taken then, so waiting clients are not pushed further back).
     */
    public Duration acquire(String key) {
        long now = nanos();
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(max, now));
        Duration wait;
        synchronized (bucket) {
            bucket.refill(now);
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                wait = Duration.ZERO;
            } else {
                wait = Duration.ofNanos((long) Math.ceil((1 - bucket.tokens) * nanosPerToken));
            }
        }
        if (buckets.size() > SWEEP_ABOVE) {
            sweep();
        }
        return wait;
    }

    /**
     * Drops buckets that have refilled completely: they behave exactly like a missing one. A request racing with the sweep may
     * take its token from a bucket just dropped, which at worst lets one extra request through.
     */
    void sweep() {
        long now = nanos();
        buckets.values().removeIf(bucket -> {
            synchronized (bucket) {
                bucket.refill(now);
                return bucket.tokens >= max;
            }
        });
    }

    int size() {
        return buckets.size();
    }

    /** From the injected clock (not System.nanoTime) so tests can move time. */
    private long nanos() {
        Instant now = clock.instant();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    private final class Bucket {
        private double tokens;
        private long refilledAt;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.refilledAt = now;
        }

        void refill(long now) {
            if (now > refilledAt) {
                tokens = Math.min(max, tokens + (now - refilledAt) / nanosPerToken);
                refilledAt = now;
            }
        }
    }
}
