package dev.parley.media.wire.rtp;

/**
 * Arithmetic on 32-bit RTP timestamps that wrap from 2^32-1 to 0 (RFC 3550 §5.1), held in a {@code long} as unsigned values.
 */
public final class RtpTimestamp {
    /** Size of the timestamp space. */
    public static final long MODULUS = 1L << 32;

    private RtpTimestamp() {
    }

    /** Signed distance from {@code b} to {@code a} in [-2^31, 2^31-1] ticks: positive when {@code a} is newer. */
    public static long diff(long a, long b) {
        return (int) (a - b);
    }

    /** True when {@code a} comes after {@code b}. */
    public static boolean isNewer(long a, long b) {
        return diff(a, b) > 0;
    }

    /** {@code ts + delta} modulo 2^32. */
    public static long add(long ts, long delta) {
        return (ts + delta) & 0xFFFF_FFFFL;
    }
}
