package dev.parley.media.sfu;

/**
 * Chooses which encoding of a simulcast Producer its (simple) Consumers get: the highest one that is still sending, switched
 * only at a keyframe of the new encoding, because a decoder cannot continue a stream from another encoding's delta frame.
 *
 * <p>Why "highest still sending": v1 has no bandwidth allocation yet, and browsers stop sending their top layers when their own
 * uplink estimate drops (libwebrtc disables layers from the top). Following the highest active layer keeps video flowing at the
 * best quality the publisher currently offers. A single-encoding Producer always forwards encoding 0.
 * Loop-thread only; times are monotonic nanoseconds.
 */
final class EncodingSelector {
    /** An encoding silent for this long is considered stopped (several frame intervals even at 5 fps). */
    static final long ACTIVE_NANOS = 1_000_000_000L;

    /** What to do with one packet of encoding {@code index}. */
    enum Decision { FORWARD, SWITCH_AND_FORWARD, SKIP }

    private final long[] lastPacketNanos;
    private final boolean[] seen;
    private int current;

    EncodingSelector(int encodings) {
        this.lastPacketNanos = new long[encodings];
        this.seen = new boolean[encodings];
        this.current = encodings == 1 ? 0 : -1;
    }

    /** A new (not retransmitted) media packet of encoding {@code index} arrived. */
    void onPacket(int index, long nowNanos) {
        lastPacketNanos[index] = nowNanos;
        seen[index] = true;
    }

    /** The highest encoding that sent within {@link #ACTIVE_NANOS}, or -1. */
    int preferred(long nowNanos) {
        for (int i = seen.length - 1; i >= 0; i--) {
            if (seen[i] && nowNanos - lastPacketNanos[i] < ACTIVE_NANOS) {
                return i;
            }
        }
        return -1;
    }

    /** The encoding being forwarded, -1 before the first switch. */
    int current() {
        return current;
    }

    /**
     * Decides for a packet of encoding {@code index}: packets of the current encoding are forwarded; a keyframe of the preferred
     * encoding, when that is not the current one, makes it current.
     */
    Decision decide(int index, boolean keyframe, long nowNanos) {
        if (index == current) {
            return Decision.FORWARD;
        }
        if (keyframe && index == preferred(nowNanos)) {
            current = index;
            return Decision.SWITCH_AND_FORWARD;
        }
        return Decision.SKIP;
    }

    /** True when a keyframe of another encoding is needed to follow the preferred one. */
    boolean wantsSwitch(long nowNanos) {
        int preferred = preferred(nowNanos);
        return preferred >= 0 && preferred != current;
    }

    /** The encoding a keyframe request should name: the preferred one, else the current, else the first. */
    int keyframeTarget(long nowNanos) {
        int preferred = preferred(nowNanos);
        return preferred >= 0 ? preferred : Math.max(current, 0);
    }
}
