package dev.parley.media.wire.rtp;

/**
 * RTX retransmission payload format (RFC 4588 §4): the RTX packet carries the original packet's header fields (except SSRC,
 * sequence number and payload type, which are the RTX stream's own) and prefixes the original payload with the original sequence
 * number (OSN).
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                         RTP Header                            |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |            OSN                |                               |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+                               |
 * |                  Original RTP Packet Payload                  |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 *
 * <p>Padding is not carried over in either direction: the rebuilt packet has P cleared.
 */
public final class Rtx {
    /** Bytes RTX adds to a packet: the OSN field. */
    public static final int OVERHEAD = 2;

    private Rtx() {
    }

    /** The original sequence number, or -1 when the payload is shorter than 2 bytes (e.g. a padding-only probe). */
    public static int originalSequenceNumber(RtpPacket rtx) {
        return rtx.payloadLength() < OVERHEAD ? -1 : Bytes.u16(rtx.buffer(), rtx.payloadOffset());
    }

    /**
     * Rebuilds the original packet from an RTX packet into {@code dst} (RFC 4588 §4: header fields copied, sequence number from
     * the OSN, payload type and SSRC of the original stream).
     *
     * @return the length written, or -1 when the RTX payload has no OSN or {@code dst} has no room
     */
    public static int restore(RtpPacket rtx, int originalPayloadType, long originalSsrc, byte[] dst, int dstOff) {
        int osn = originalSequenceNumber(rtx);
        int header = rtx.headerLength();
        int payload = rtx.payloadLength() - OVERHEAD;
        if (osn < 0 || !Bytes.inBounds(dst, dstOff, header + payload)) {
            return -1;
        }
        System.arraycopy(rtx.buffer(), rtx.offset(), dst, dstOff, header);
        System.arraycopy(rtx.buffer(), rtx.payloadOffset() + OVERHEAD, dst, dstOff + header, payload);
        finishHeader(dst, dstOff, originalPayloadType, osn, originalSsrc);
        return header + payload;
    }

    /**
     * Wraps an original packet into an RTX packet in {@code dst}: what the SFU sends when it answers a NACK on a consumer that
     * negotiated RTX.
     *
     * @return the length written, or -1 when {@code dst} has no room
     */
    public static int wrap(RtpPacket original, int rtxPayloadType, long rtxSsrc, int rtxSequenceNumber, byte[] dst, int dstOff) {
        int header = original.headerLength();
        int payload = original.payloadLength();
        if (!Bytes.inBounds(dst, dstOff, header + OVERHEAD + payload)) {
            return -1;
        }
        System.arraycopy(original.buffer(), original.offset(), dst, dstOff, header);
        Bytes.put16(dst, dstOff + header, original.sequenceNumber());
        System.arraycopy(original.buffer(), original.payloadOffset(), dst, dstOff + header + OVERHEAD, payload);
        finishHeader(dst, dstOff, rtxPayloadType, rtxSequenceNumber, rtxSsrc);
        return header + OVERHEAD + payload;
    }

    private static void finishHeader(byte[] dst, int dstOff, int payloadType, int sequenceNumber, long ssrc) {
        dst[dstOff] &= (byte) ~0x20;
        dst[dstOff + 1] = (byte) ((dst[dstOff + 1] & 0x80) | (payloadType & 0x7F));
        Bytes.put16(dst, dstOff + 2, sequenceNumber);
        Bytes.put32(dst, dstOff + 8, ssrc);
    }
}
