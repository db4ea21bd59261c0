package dev.parley.media.wire.rtp;

/**
 * Reader and writer for webrtc.org's abs-send-time extension: 24 bits, 6.18 fixed-point seconds, wrapping every 64 s. Used by
 * REMB-style receive-side estimators (the 18 fractional bits give ~3.8 µs resolution).
 */
public final class AbsSendTimeExtension {
    /** One second in abs-send-time units (2^18). */
    public static final int UNITS_PER_SECOND = 1 << 18;

    private AbsSendTimeExtension() {
    }

    /** The raw 24-bit value, or -1 when absent or not 3 bytes long. */
    public static int value(RtpPacket packet, int id) {
        int at = packet.findExtension(id, 3);
        return at < 0 ? -1 : Bytes.u24(packet.buffer(), at);
    }

    /** Converts a time in microseconds to the 24-bit 6.18 representation (wrapping every 64 s). */
    public static int fromMicros(long micros) {
        return (int) (((micros << 18) / 1_000_000L) & 0xFFFFFF);
    }

    /** Rewrites the value in place; false when absent or not 3 bytes long. */
    public static boolean setValue(RtpPacket packet, int id, int value) {
        int at = packet.findExtension(id, 3);
        if (at < 0) {
            return false;
        }
        Bytes.put24(packet.buffer(), at, value);
        return true;
    }
}
