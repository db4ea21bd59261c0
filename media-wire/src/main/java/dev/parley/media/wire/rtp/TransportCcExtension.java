package dev.parley.media.wire.rtp;

/**
 * Reader and in-place writer for the transport-wide sequence number
 * (draft-holmer-rmcat-transport-wide-cc-extensions-01 §2): a 16-bit counter shared by every packet on one transport, which
 * the SFU renumbers on egress so that its own feedback covers the packets it sends.
 *
 * <pre>
 *  0                   1                   2
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |  ID   | L=1   |transport-wide sequence number |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 */
public final class TransportCcExtension {
    private TransportCcExtension() {
    }

    /** The 16-bit sequence number, or -1 when absent or not 2 bytes long. */
    public static int sequenceNumber(RtpPacket packet, int id) {
        int at = packet.findExtension(id, 2);
        return at < 0 ? -1 : Bytes.u16(packet.buffer(), at);
    }

    /** Rewrites the sequence number in place; false when the extension is absent or not 2 bytes long. */
    public static boolean setSequenceNumber(RtpPacket packet, int id, int sequenceNumber) {
        int at = packet.findExtension(id, 2);
        if (at < 0) {
            return false;
        }
        Bytes.put16(packet.buffer(), at, sequenceNumber);
        return true;
    }
}
