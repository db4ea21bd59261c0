package dev.parley.media.wire.codec;

/**
 * Keyframe detection for H.264 RTP payloads (RFC 6184 §5). The first byte is a NAL unit header:
 *
 * <pre>
 * +---------------+
 * |0|1|2|3|4|5|6|7|
 * +-+-+-+-+-+-+-+-+
 * |F|NRI|  Type   |   Type 1-23: single NAL unit (§5.6); 24: STAP-A (§5.7.1); 28: FU-A (§5.8)
 * +---------------+
 *
 * STAP-A:  [STAP-A header] then repeated [16-bit NALU size][NALU]
 * FU-A:    [FU indicator][FU header |S|E|R| Type |][fragment]   S marks the first fragment
 * </pre>
 *
 * <p>A packet counts as a key frame when it carries an SPS (7) or the start of an IDR slice (5): browsers send SPS+PPS+IDR
 * together in a STAP-A, or an IDR alone when SPS/PPS went in an earlier packet.
 */
public final class H264Packet {
    public static final int NAL_IDR = 5;
    public static final int NAL_SPS = 7;
    public static final int NAL_PPS = 8;
    public static final int STAP_A = 24;
    public static final int FU_A = 28;

    private H264Packet() {
    }

    /** The NAL unit type of the payload's first byte, or -1 for an empty/invalid range. */
    public static int nalType(byte[] buf, int off, int len) {
        return buf == null || off < 0 || len < 1 || off > buf.length - len ? -1 : buf[off] & 0x1F;
    }

    /** True when the payload holds an SPS or the start of an IDR slice; never throws on malformed bytes. */
    public static boolean isKeyframe(byte[] buf, int off, int len) {
        int type = nalType(buf, off, len);
        if (type == STAP_A) {
            int pos = off + 1;
            int end = off + len;
            while (end - pos >= 3) {
                int size = ((buf[pos] & 0xFF) << 8) | (buf[pos + 1] & 0xFF);
                if (size == 0 || size > end - pos - 2) {
                    return false;
                }
                if (isKeyNal(buf[pos + 2] & 0x1F)) {
                    return true;
                }
                pos += 2 + size;
            }
            return false;
        }
        if (type == FU_A) {
            return len >= 2 && (buf[off + 1] & 0x80) != 0 && isKeyNal(buf[off + 1] & 0x1F);
        }
        return isKeyNal(type);
    }

    private static boolean isKeyNal(int type) {
        return type == NAL_IDR || type == NAL_SPS;
    }
}
