package dev.parley.media.wire.rtcp;

import dev.parley.media.wire.rtp.Bytes;

/**
 * The common layout of RTCP feedback messages (RFC 4585 §6.1), shared by RTPFB (PT=205) and PSFB (PT=206).
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |V=2|P|   FMT   |       PT      |          length               |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                  SSRC of packet sender                        |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                  SSRC of media source                         |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * :            Feedback Control Information (FCI)                 :
 * </pre>
 */
final class Feedback {
    /** Bytes before the FCI. */
    static final int HEADER = 12;

    private Feedback() {
    }

    static long senderSsrc(byte[] buf, int off) {
        return Bytes.u32(buf, off + 4);
    }

    static long mediaSsrc(byte[] buf, int off) {
        return Bytes.u32(buf, off + 8);
    }

    /** Writes the 12-byte feedback header of a packet of {@code size} bytes; false when {@code dst} has no room. */
    static boolean writeHeader(byte[] dst, int off, int fmt, int packetType, int size, long senderSsrc, long mediaSsrc) {
        if (!RtcpHeader.writeChecked(dst, off, fmt, packetType, size)) {
            return false;
        }
        Bytes.put32(dst, off + 4, senderSsrc);
        Bytes.put32(dst, off + 8, mediaSsrc);
        return true;
    }
}
