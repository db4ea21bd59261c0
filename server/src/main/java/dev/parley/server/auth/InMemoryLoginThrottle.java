package dev.parley.server.auth;

import dev.parley.server.config.ParleyProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Sliding-window failure counters held in this process. Each key keeps the instants of its recent failures; once it holds
 * {@code max} failures inside the window, further attempts wait until the oldest failure leaves the window. Keys that fall silent
 * are dropped on their next touch and by {@link #evictIdle}, so memory stays bounded by the attackers' recent activity.
 * Locking: each deque is guarded by its own monitor; the maps are concurrent.
 */
@Component
final class InMemoryLoginThrottle implements LoginThrottle {
    private final Window byUsername;
    private final Window byAddress;

    InMemoryLoginThrottle(ParleyProperties properties, Clock clock) {
        ParleyProperties.Throttle t = properties.auth().throttle();
        this.byUsername = new Window(t.maxFailuresPerUsername(), t.usernameWindow(), clock);
        this.byAddress = new Window(t.maxFailuresPerAddress(), t.addressWindow(), clock);
    }

    @Override
    public Duration retryAfter(String username, String address) {
        Duration user = byUsername.retryAfter(usernameKey(username));
        Duration addr = byAddress.retryAfter(address);
        return user.compareTo(addr) >= 0 ? user : addr;
    }

    @Override
    public void recordFailure(String username, String address) {
        byUsername.record(usernameKey(username));
        byAddress.record(address);
    }

    @Override
    public void recordSuccess(String username) {
        byUsername.clear(usernameKey(username));
    }

    /** Forgets keys with no failure inside their window; called on every failure, cheap enough at login rates. */
    void evictIdle() {
        byUsername.evictIdle();
        byAddress.evictIdle();
    }

    /** Usernames match case-insensitively at login, so they are throttled the same way. */
    private static String usernameKey(String username) {
        return username.toLowerCase(Locale.ROOT);
    }

    private static final class Window {
        private final int max;
        private final Duration length;
        private final Clock clock;
        private final Map<String, ArrayDeque<Instant>> failures = new ConcurrentHashMap<>();

        Window(int max, Duration length, Clock clock) {
            this.max = max;
            this.length = length;
            this.clock = clock;
        }

        Duration retryAfter(String key) {
            ArrayDeque<Instant> recent = failures.get(key);
            if (recent == null) {
                return Duration.ZERO;
            }
            Instant now = clock.instant();
            synchronized (recent) {
                expire(recent, now);
                if (recent.size() < max) {
                    return Duration.ZERO;
                }
                // record() keeps at most max entries, so the attempt may proceed once the oldest leaves the window
                return Duration.between(now, recent.peekFirst().plus(length));
            }
        }

        void record(String key) {
            Instant now = clock.instant();
            ArrayDeque<Instant> recent = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
            synchronized (recent) {
                expire(recent, now);
                recent.addLast(now);
                while (recent.size() > max) {
                    recent.removeFirst(); // older entries can no longer decide the wait
                }
            }
            if (failures.size() > 10_000) {
                evictIdle();
            }
        }

        void clear(String key) {
            failures.remove(key);
        }

        void evictIdle() {
            Instant now = clock.instant();
            failures.entrySet().removeIf(e -> {
                synchronized (e.getValue()) {
                    expire(e.getValue(), now);
                    return e.getValue().isEmpty();
                }
            });
        }

        private void expire(ArrayDeque<Instant> recent, Instant now) {
            while (!recent.isEmpty() && !recent.peekFirst().plus(length).isAfter(now)) {
                recent.removeFirst();
            }
        }
    }
}
