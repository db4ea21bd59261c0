package dev.parley.media.wire.codec;

/**
 * The one-byte aggregation header at the start of an AV1 RTP payload (AV1 RTP Payload Format, aomediacodec.github.io/av1-rtp-spec
 * §4.4). Layer information for AV1 travels in the dependency descriptor header extension instead, which Parley does not parse.
 *
 * <pre>
 *  0 1 2 3 4 5 6 7
 * +-+-+-+-+-+-+-+-+
 * |Z|Y| W |N|-|-|-|   Z: first OBU element continues a fragment, Y: last OBU element continues in the next packet,
 * +-+-+-+-+-+-+-+-+   W: number of OBU elements (0: each has a length field), N: first packet of a coded video sequence
 * </pre>
 */
public final class Av1AggregationHeader {
    private Av1AggregationHeader() {
    }

    /** N: this packet starts a new coded video sequence, i.e. a key frame the decoder can start from. False on empty input. */
    public static boolean isKeyframe(byte[] buf, int off, int len) {
        return valid(buf, off, len) && (buf[off] & 0x08) != 0;
    }

    /** Z: the first OBU element continues an OBU fragmented in the previous packet. */
    public static boolean continuesFragment(byte[] buf, int off, int len) {
        return valid(buf, off, len) && (buf[off] & 0x80) != 0;
    }

    /** Y: the last OBU element is fragmented and continues in the next packet. */
    public static boolean fragmentContinues(byte[] buf, int off, int len) {
        return valid(buf, off, len) && (buf[off] & 0x40) != 0;
    }

    /** W: the number of OBU elements (1..3), 0 when each element carries its own length; -1 on empty input. */
    public static int obuCount(byte[] buf, int off, int len) {
        return valid(buf, off, len) ? (buf[off] & 0x30) >>> 4 : -1;
    }

    private static boolean valid(byte[] buf, int off, int len) {
        return buf != null && off >= 0 && len >= 1 && off <= buf.length - len;
    }
}
