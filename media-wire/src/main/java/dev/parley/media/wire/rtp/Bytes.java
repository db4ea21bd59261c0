package dev.parley.media.wire.rtp;

/**
 * Big-endian (network byte order, RFC 791 appendix B) reads and writes on a byte array.
 *
 * <p>Callers check bounds first; these helpers exist so that wire classes read like the RFC diagrams and never box or allocate.
 * Unsigned 32-bit values are returned as {@code long} because Java has no unsigned int.
 */
public final class Bytes {
    private Bytes() {
    }

    /** Reads one unsigned byte. */
    public static int u8(byte[] buf, int off) {
        return buf[off] & 0xFF;
    }

    /** Reads an unsigned 16-bit big-endian value. */
    public static int u16(byte[] buf, int off) {
        return ((buf[off] & 0xFF) << 8) | (buf[off + 1] & 0xFF);
    }

    /** Reads an unsigned 24-bit big-endian value. */
    public static int u24(byte[] buf, int off) {
        return ((buf[off] & 0xFF) << 16) | ((buf[off + 1] & 0xFF) << 8) | (buf[off + 2] & 0xFF);
    }

    /** Reads an unsigned 32-bit big-endian value. */
    public static long u32(byte[] buf, int off) {
        return ((long) u16(buf, off) << 16) | u16(buf, off + 2);
    }

    /** Reads a 64-bit big-endian value (e.g. an NTP timestamp). */
    public static long u64(byte[] buf, int off) {
        return (u32(buf, off) << 32) | u32(buf, off + 4);
    }

    /** Writes the low 8 bits of {@code v}. */
    public static void put8(byte[] buf, int off, int v) {
        buf[off] = (byte) v;
    }

    /** Writes the low 16 bits of {@code v}, big-endian. */
    public static void put16(byte[] buf, int off, int v) {
        buf[off] = (byte) (v >>> 8);
        buf[off + 1] = (byte) v;
    }

    /** Writes the low 24 bits of {@code v}, big-endian. */
    public static void put24(byte[] buf, int off, int v) {
        buf[off] = (byte) (v >>> 16);
        buf[off + 1] = (byte) (v >>> 8);
        buf[off + 2] = (byte) v;
    }

    /** Writes the low 32 bits of {@code v}, big-endian. */
    public static void put32(byte[] buf, int off, long v) {
        put16(buf, off, (int) (v >>> 16));
        put16(buf, off + 2, (int) v);
    }

    /** Writes all 64 bits of {@code v}, big-endian. */
    public static void put64(byte[] buf, int off, long v) {
        put32(buf, off, v >>> 32);
        put32(buf, off + 4, v);
    }

    /** True when {@code [off, off + len)} is a valid non-negative range inside {@code buf}. */
    public static boolean inBounds(byte[] buf, int off, int len) {
        return buf != null && off >= 0 && len >= 0 && off <= buf.length - len;
    }
}
