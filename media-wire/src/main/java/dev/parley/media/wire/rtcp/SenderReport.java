package dev.parley.media.wire.rtcp;

import dev.parley.media.wire.rtp.Bytes;
import java.util.List;

/**
 * Sender Report (RFC 3550 §6.4.1), PT=200. Profile-specific extensions after the report blocks are ignored.
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |V=2|P|    RC   |   PT=SR=200   |             length            |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                         SSRC of sender                        |
 * +=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+
 * |              NTP timestamp, most significant word             |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |             NTP timestamp, least significant word             |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                         RTP timestamp                         |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                     sender's packet count                     |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                      sender's octet count                     |
 * +=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+
 * |                 report blocks (RC × 24 bytes)                 |
 * </pre>
 *
 * @param ntpTimestamp 64-bit NTP time (seconds since 1900 in the high 32 bits, fraction in the low 32)
 */
public record SenderReport(long senderSsrc, long ntpTimestamp, long rtpTimestamp, long packetCount, long octetCount,
                           List<ReportBlock> reports) implements RtcpPacket {
    private static final int FIXED = 28;

    public SenderReport {
        reports = ReportBlock.checkCount(reports);
    }

    /** Parses a whole SR packet (padding removed); null when malformed. */
    public static SenderReport parse(byte[] buf, int off, int len) {
        if (!RtcpHeader.fits(buf, off, len)) {
            return null;
        }
        int count = RtcpHeader.count(buf, off);
        if (len < FIXED + count * ReportBlock.LENGTH) {
            return null;
        }
        List<ReportBlock> reports = ReportBlock.readAll(buf, off + FIXED, count);
        return new SenderReport(Bytes.u32(buf, off + 4), Bytes.u64(buf, off + 8), Bytes.u32(buf, off + 16),
            Bytes.u32(buf, off + 20), Bytes.u32(buf, off + 24), reports);
    }

    /** The middle 32 bits of the NTP timestamp: what a receiver echoes as LSR (RFC 3550 §6.4.1). */
    public long compactNtp() {
        return (ntpTimestamp >>> 16) & 0xFFFF_FFFFL;
    }

    @Override
    public int size() {
        return FIXED + reports.size() * ReportBlock.LENGTH;
    }

    @Override
    public int write(byte[] dst, int off) {
        int size = size();
        if (!RtcpHeader.writeChecked(dst, off, reports.size(), RtcpHeader.SR, size)) {
            return -1;
        }
        Bytes.put32(dst, off + 4, senderSsrc);
        Bytes.put64(dst, off + 8, ntpTimestamp);
        Bytes.put32(dst, off + 16, rtpTimestamp);
        Bytes.put32(dst, off + 20, packetCount);
        Bytes.put32(dst, off + 24, octetCount);
        ReportBlock.writeAll(reports, dst, off + FIXED);
        return size;
    }
}
