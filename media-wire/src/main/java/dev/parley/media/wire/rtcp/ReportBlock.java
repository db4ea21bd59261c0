package dev.parley.media.wire.rtcp;

import dev.parley.media.wire.rtp.Bytes;
import java.util.ArrayList;
import java.util.List;

/**
 * One reception report block of an SR or RR (RFC 3550 §6.4.1), 24 bytes.
 *
 * <pre>
 * +=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+
 * |                 SSRC_1 (SSRC of first source)                 |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * | fraction lost |       cumulative number of packets lost       |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |           extended highest sequence number received           |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                      interarrival jitter                      |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                         last SR (LSR)                         |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                   delay since last SR (DLSR)                  |
 * +=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+
 * </pre>
 *
 * @param ssrc               the source reported on
 * @param fractionLost       losses since the previous report as a fixed-point fraction /256 (0..255)
 * @param cumulativeLost     packets lost since the start, signed 24 bits (duplicates can make it negative)
 * @param extendedHighestSeq cycles &lt;&lt; 16 | highest sequence number received
 * @param jitter             interarrival jitter in RTP timestamp units
 * @param lastSr             middle 32 bits of the NTP timestamp of the last SR received, 0 if none
 * @param delaySinceLastSr   delay since that SR in units of 1/65536 s
 */
public record ReportBlock(long ssrc, int fractionLost, int cumulativeLost, long extendedHighestSeq, long jitter, long lastSr,
                          long delaySinceLastSr) {
    public static final int LENGTH = 24;

    /** Reads a block at {@code off}; the caller checked that 24 bytes are there. */
    static ReportBlock read(byte[] buf, int off) {
        int lost = Bytes.u24(buf, off + 5);
        int signedLost = (lost << 8) >> 8;
        return new ReportBlock(Bytes.u32(buf, off), buf[off + 4] & 0xFF, signedLost, Bytes.u32(buf, off + 8),
            Bytes.u32(buf, off + 12), Bytes.u32(buf, off + 16), Bytes.u32(buf, off + 20));
    }

    /** An immutable copy of {@code blocks}, refused when more than the 5-bit RC field can count (31). */
    static List<ReportBlock> checkCount(List<ReportBlock> blocks) {
        if (blocks.size() > 31) {
            throw new IllegalArgumentException("at most 31 report blocks fit the RC field, got " + blocks.size());
        }
        return List.copyOf(blocks);
    }

    /** Reads {@code count} consecutive blocks; the caller checked the bounds. */
    static List<ReportBlock> readAll(byte[] buf, int off, int count) {
        List<ReportBlock> blocks = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            blocks.add(read(buf, off + i * LENGTH));
        }
        return blocks;
    }

    /** Writes consecutive blocks; the caller checked the bounds. */
    static void writeAll(List<ReportBlock> blocks, byte[] buf, int off) {
        for (int i = 0; i < blocks.size(); i++) {
            blocks.get(i).write(buf, off + i * LENGTH);
        }
    }

    void write(byte[] buf, int off) {
        Bytes.put32(buf, off, ssrc);
        buf[off + 4] = (byte) fractionLost;
        Bytes.put24(buf, off + 5, cumulativeLost);
        Bytes.put32(buf, off + 8, extendedHighestSeq);
        Bytes.put32(buf, off + 12, jitter);
        Bytes.put32(buf, off + 16, lastSr);
        Bytes.put32(buf, off + 20, delaySinceLastSr);
    }
}
