package dev.parley.media.wire.rtp;

/**
 * Extends a wrapping counter of {@code bits} bits to a monotonic 64-bit value, assuming consecutive inputs are less than half the
 * space apart (the RFC 3550 §A.1 cycle-counting idea without its probation logic). Reordered (older) inputs unwrap to values
 * below the highest seen so far; they never move the reference. Not thread-safe: one stream, one owner thread.
 */
abstract class WrapUnwrapper {
    private final int bits;
    private final long mask;
    private long highest = Long.MIN_VALUE;

    WrapUnwrapper(int bits) {
        this.bits = bits;
        this.mask = (1L << bits) - 1;
    }

    /** Unwraps {@code value} (only its low {@code bits} bits are used). The first value maps to itself. */
    public long unwrap(long value) {
        value &= mask;
        if (highest == Long.MIN_VALUE) {
            highest = value;
            return value;
        }
        long delta = ((value - highest) << (64 - bits)) >> (64 - bits);
        long unwrapped = highest + delta;
        if (delta > 0) {
            highest = unwrapped;
        }
        return unwrapped;
    }

    /** The highest unwrapped value seen, or {@link Long#MIN_VALUE} before the first call. */
    public long highest() {
        return highest;
    }
}
