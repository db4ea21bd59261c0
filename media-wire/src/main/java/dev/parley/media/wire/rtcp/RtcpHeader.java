package dev.parley.media.wire.rtcp;

import dev.parley.media.wire.rtp.Bytes;

/**
 * The common RTCP header (RFC 3550 §6.4.1) shared by every packet type, and the packet type numbers.
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |V=2|P| RC/FMT  |      PT       |             length            |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 *
 * <p>length is the packet size in 32-bit words minus one, header included. The 5-bit field is a report count (SR, RR, SDES,
 * BYE) or a feedback message type FMT (RTPFB, PSFB; RFC 4585 §6.1).
 */
public final class RtcpHeader {
    public static final int LENGTH = 4;
    public static final int SR = 200;
    public static final int RR = 201;
    public static final int SDES = 202;
    public static final int BYE = 203;
    public static final int APP = 204;
    /** Transport-layer feedback (RFC 4585 §6.2): NACK, transport-cc. */
    public static final int RTPFB = 205;
    /** Payload-specific feedback (RFC 4585 §6.3): PLI, FIR, REMB. */
    public static final int PSFB = 206;

    private RtcpHeader() {
    }

    /**
     * Cheap RTP/RTCP demux test for rtcp-mux (RFC 5761 §4): the second byte of RTCP is a packet type in 192..223, which as an
     * RTP marker+payload-type byte would be a payload type 64..95 that no one may use under rtcp-mux.
     */
    public static boolean looksLikeRtcp(byte[] buf, int off, int len) {
        return Bytes.inBounds(buf, off, len) && len >= LENGTH && (buf[off] & 0xC0) == 0x80
            && (buf[off + 1] & 0xFF) >= 192 && (buf[off + 1] & 0xFF) <= 223;
    }

    /**
     * True when {@code buf[off, off+len)} lies inside the array and holds at least a header. Every packet type's {@code parse}
     * checks this first: they are public and must return null, not throw, when called on a range the compound walk did not
     * vet (an empty or out-of-range one made {@code SenderReport.parse} throw before).
     */
    public static boolean fits(byte[] buf, int off, int len) {
        return Bytes.inBounds(buf, off, len) && len >= LENGTH;
    }

    /** The 5-bit RC/FMT field. */
    public static int count(byte[] buf, int off) {
        return buf[off] & 0x1F;
    }

    public static int packetType(byte[] buf, int off) {
        return buf[off + 1] & 0xFF;
    }

    /** The packet's size in bytes, from the length field. */
    public static int size(byte[] buf, int off) {
        return (Bytes.u16(buf, off + 2) + 1) * 4;
    }

    /** Writes a header without padding for a packet of {@code size} bytes (a multiple of 4). */
    public static void write(byte[] buf, int off, int count, int packetType, int size) {
        buf[off] = (byte) (0x80 | (count & 0x1F));
        buf[off + 1] = (byte) packetType;
        Bytes.put16(buf, off + 2, size / 4 - 1);
    }

    /** Like {@link #write} but first checks that {@code dst} has room for the whole packet; false when it has not. */
    public static boolean writeChecked(byte[] dst, int off, int count, int packetType, int size) {
        if (!Bytes.inBounds(dst, off, size)) {
            return false;
        }
        write(dst, off, count, packetType, size);
        return true;
    }

    /**
     * Length of a packet's content without its padding (RFC 3550 §6.4.1: the last byte counts the padding), or -1 when the
     * padding count is zero or longer than the packet body.
     */
    public static int unpaddedSize(byte[] buf, int off, int size) {
        if ((buf[off] & 0x20) == 0) {
            return size;
        }
        int padding = buf[off + size - 1] & 0xFF;
        return padding == 0 || padding > size - LENGTH ? -1 : size - padding;
    }
}
