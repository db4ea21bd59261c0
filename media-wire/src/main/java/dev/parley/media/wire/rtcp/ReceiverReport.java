package dev.parley.media.wire.rtcp;

import dev.parley.media.wire.rtp.Bytes;
import java.util.List;

/**
 * Receiver Report (RFC 3550 §6.4.2), PT=201: an SR without the sender info. Profile-specific extensions are ignored.
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |V=2|P|    RC   |   PT=RR=201   |             length            |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                     SSRC of packet sender                     |
 * +=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+
 * |                 report blocks (RC × 24 bytes)                 |
 * </pre>
 */
public record ReceiverReport(long senderSsrc, List<ReportBlock> reports) implements RtcpPacket {
    private static final int FIXED = 8;

    public ReceiverReport {
        reports = ReportBlock.checkCount(reports);
    }

    /** Parses a whole RR packet (padding removed); null when malformed. */
    public static ReceiverReport parse(byte[] buf, int off, int len) {
        if (!RtcpHeader.fits(buf, off, len)) {
            return null;
        }
        int count = RtcpHeader.count(buf, off);
        if (len < FIXED + count * ReportBlock.LENGTH) {
            return null;
        }
        List<ReportBlock> reports = ReportBlock.readAll(buf, off + FIXED, count);
        return new ReceiverReport(Bytes.u32(buf, off + 4), reports);
    }

    @Override
    public int size() {
        return FIXED + reports.size() * ReportBlock.LENGTH;
    }

    @Override
    public int write(byte[] dst, int off) {
        int size = size();
        if (!RtcpHeader.writeChecked(dst, off, reports.size(), RtcpHeader.RR, size)) {
            return -1;
        }
        Bytes.put32(dst, off + 4, senderSsrc);
        ReportBlock.writeAll(reports, dst, off + FIXED);
        return size;
    }
}
