package dev.parley.server.lifecycle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Limits passcode guessing: at most {@link #MAX_PER_CALLER} wrong passcodes per meeting per caller (account, else client
 * address) and {@link #MAX_PER_MEETING} per meeting from everyone, inside a sliding {@link #WINDOW}. A 6-digit passcode then
 * takes years to guess. Held in memory: each deque is guarded by its own monitor; the map is concurrent.
 */
@Component
class PasscodeThrottle {
    static final int MAX_PER_CALLER = 5;
    static final int MAX_PER_MEETING = 50;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Clock clock;
    private final Map<String, ArrayDeque<Instant>> failures = new ConcurrentHashMap<>();

    PasscodeThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long {@code caller} must wait before trying meeting {@code meetingId} again; zero when allowed now. */
    Duration retryAfter(long meetingId, String caller) {
        Duration own = wait(meetingId + "|" + caller, MAX_PER_CALLER);
        Duration all = wait(Long.toString(meetingId), MAX_PER_MEETING);
        return own.compareTo(all) >= 0 ? own : all;
    }

    void recordFailure(long meetingId, String caller) {
        record(meetingId + "|" + caller);
        record(Long.toString(meetingId));
    }

    private Duration wait(String key, int max) {
        ArrayDeque<Instant> recent = failures.get(key);
        if (recent == null) {
            return Duration.ZERO;
        }
        Instant now = clock.instant();
        synchronized (recent) {
            while (!recent.isEmpty() && !recent.peekFirst().isAfter(now.minus(WINDOW))) {
                recent.pollFirst();
            }
            return recent.size() < max ? Duration.ZERO : Duration.between(now, recent.peekFirst().plus(WINDOW));
        }
    }

    private void record(String key) {
        ArrayDeque<Instant> recent = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (recent) {
            recent.addLast(clock.instant());
        }
    }
}
