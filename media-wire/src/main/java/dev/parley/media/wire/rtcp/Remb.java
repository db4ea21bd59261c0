package dev.parley.media.wire.rtcp;

import dev.parley.media.wire.rtp.Bytes;
import java.util.ArrayList;
import java.util.List;

/**
 * Receiver Estimated Maximum Bitrate (draft-alvestrand-rmcat-remb-03 §2.2): PSFB with FMT=15, media SSRC 0, the ASCII tag "REMB",
 * and a bitrate in bits per second as an 18-bit mantissa shifted left by a 6-bit exponent.
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |V=2|P| FMT=15  |   PT=206      |             length            |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                  SSRC of packet sender                        |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                  SSRC of media source (0)                     |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |  Unique identifier 'R' 'E' 'M' 'B'                            |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |  Num SSRC     | BR Exp    |  BR Mantissa                      |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |   SSRC feedback (Num SSRC × 32 bits)                          |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 *
 * @param bitrateBps rounded down on construction to what mantissa/exponent can express, so that parse(write(x)) equals x
 */
public record Remb(long senderSsrc, long bitrateBps, List<Long> ssrcs) implements RtcpPacket {
    public static final int FMT = 15;
    private static final int FIXED = Feedback.HEADER + 8;
    private static final int MAX_MANTISSA = (1 << 18) - 1;
    private static final long TAG = 0x52454D42L; // "REMB"

    public Remb {
        if (bitrateBps < 0 || ssrcs.size() > 255) {
            throw new IllegalArgumentException("REMB needs a non-negative bitrate and at most 255 SSRCs");
        }
        bitrateBps = mantissa(bitrateBps) << exponent(bitrateBps);
        ssrcs = List.copyOf(ssrcs);
    }

    /** Parses a whole REMB packet (padding removed); null when the tag is wrong, it is truncated, or the bitrate overflows. */
    public static Remb parse(byte[] buf, int off, int len) {
        if (!RtcpHeader.fits(buf, off, len)) {
            return null;
        }
        if (len < FIXED || Bytes.u32(buf, off + Feedback.HEADER) != TAG) {
            return null;
        }
        int count = buf[off + 16] & 0xFF;
        int exponent = (buf[off + 17] & 0xFF) >>> 2;
        long mantissa = Bytes.u24(buf, off + 17) & MAX_MANTISSA;
        if (len < FIXED + 4 * count || (mantissa != 0 && 64 - Long.numberOfLeadingZeros(mantissa) + exponent > 63)) {
            return null;
        }
        List<Long> ssrcs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ssrcs.add(Bytes.u32(buf, off + FIXED + 4 * i));
        }
        return new Remb(Feedback.senderSsrc(buf, off), mantissa << exponent, ssrcs);
    }

    private static int exponent(long bitrate) {
        int exponent = 0;
        while ((bitrate >>> exponent) > MAX_MANTISSA) {
            exponent++;
        }
        return exponent;
    }

    private static long mantissa(long bitrate) {
        return bitrate >>> exponent(bitrate);
    }

    @Override
    public int size() {
        return FIXED + 4 * ssrcs.size();
    }

    @Override
    public int write(byte[] dst, int off) {
        int size = size();
        if (!Feedback.writeHeader(dst, off, FMT, RtcpHeader.PSFB, size, senderSsrc, 0)) {
            return -1;
        }
        Bytes.put32(dst, off + Feedback.HEADER, TAG);
        dst[off + 16] = (byte) ssrcs.size();
        Bytes.put24(dst, off + 17, (exponent(bitrateBps) << 18) | (int) mantissa(bitrateBps));
        for (int i = 0; i < ssrcs.size(); i++) {
            Bytes.put32(dst, off + FIXED + 4 * i, ssrcs.get(i));
        }
        return size;
    }
}
