package dev.parley.server.conference;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;

/**
 * How long a resumable participant's seat waits for them after their socket dropped, and the timer that ends the wait.
 *
 * @param grace the reconnect grace period ({@code parley.conference.reconnect-grace}); zero: a lost socket leaves at once
 * @param timer only posts the expiry to the conference's executor (it never touches a conference itself); null with zero grace
 */
public record ReconnectPolicy(Duration grace, ScheduledExecutorService timer) {
    /** No seat is kept: a lost socket is a leave. */
    public static final ReconnectPolicy NONE = new ReconnectPolicy(Duration.ZERO, null);

    public ReconnectPolicy {
        if (grace.isNegative() || (!grace.isZero() && timer == null)) {
            throw new IllegalArgumentException("a reconnect grace needs a timer and must not be negative");
        }
    }

    boolean keepsSeats() {
        return !grace.isZero();
    }
}
