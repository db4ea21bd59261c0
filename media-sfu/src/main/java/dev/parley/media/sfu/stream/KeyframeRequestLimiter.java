package dev.parley.media.sfu.stream;

/**
 * Paces keyframe requests (PLI, RFC 4585 §6.3.1) to one publisher stream: at most one per interval (500 ms in Parley).
 *
 * <p>Why: every new subscriber and every subscriber's PLI asks for a keyframe, and a keyframe costs the publisher 5–10× a delta
 * frame. Ten subscribers joining at once must cost one keyframe, not ten. A request that arrives during the quiet interval is
 * not lost: it stays pending and {@link #poll} releases it when the interval ends, unless a keyframe arrived meanwhile (which
 * satisfies it).
 *
 * <p>Time is passed in (monotonic nanoseconds) so tests drive it with a fake clock. Not thread-safe: one Router loop.
 */
public final class KeyframeRequestLimiter {
    private final long intervalNanos;
    private long lastSentNanos;
    private boolean everSent;
    private boolean pending;

    /** @param intervalNanos the minimum time between two requests, in nanoseconds */
    public KeyframeRequestLimiter(long intervalNanos) {
        this.intervalNanos = intervalNanos;
    }

    /** Someone wants a keyframe. @return true when the caller must send a request now */
    public boolean request(long nowNanos) {
        if (!everSent || nowNanos - lastSentNanos >= intervalNanos) {
            markSent(nowNanos);
            return true;
        }
        pending = true;
        return false;
    }

    /** Someone wants a keyframe but it cannot be asked for yet (publisher not connected): keep it for {@link #poll}. */
    public void defer() {
        pending = true;
    }

    /** Called periodically. @return true when a pending request is due now (the caller sends it) */
    public boolean poll(long nowNanos) {
        if (pending && (!everSent || nowNanos - lastSentNanos >= intervalNanos)) {
            markSent(nowNanos);
            return true;
        }
        return false;
    }

    /** A keyframe arrived: a pending request is satisfied. */
    public void onKeyframe() {
        pending = false;
    }

    public boolean isPending() {
        return pending;
    }

    private void markSent(long nowNanos) {
        lastSentNanos = nowNanos;
        everSent = true;
        pending = false;
    }
}
