package dev.parley.media.wire.rtp;

/**
 * Arithmetic on 16-bit RTP sequence numbers that wrap from 65535 to 0 (RFC 3550 §A.1 treats a number as newer when it is less
 * than half the space, 2^15, ahead).
 */
public final class SeqNum {
    /** Size of the sequence number space. */
    public static final int MODULUS = 1 << 16;

    private SeqNum() {
    }

    /**
     * Signed distance from {@code b} to {@code a} in [-32768, 32767]: positive when {@code a} is newer.
     * Example: diff(2, 65534) = 4, diff(65534, 2) = -4.
     */
    public static int diff(int a, int b) {
        return (short) (a - b);
    }

    /** True when {@code a} comes after {@code b} (exactly half the space apart counts as older, like RFC 3550 A.1). */
    public static boolean isNewer(int a, int b) {
        return diff(a, b) > 0;
    }

    /** {@code seq + delta} modulo 2^16. */
    public static int add(int seq, int delta) {
        return (seq + delta) & 0xFFFF;
    }
}
