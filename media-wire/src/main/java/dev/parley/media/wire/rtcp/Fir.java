package dev.parley.media.wire.rtcp;

import dev.parley.media.wire.rtp.Bytes;
import java.util.ArrayList;
import java.util.List;

/**
 * Full Intra Request (RFC 5104 §4.3.1): PSFB with FMT=4. The media source SSRC in the common header is unused (0); each FCI entry
 * names the SSRC that must send a decoder refresh and a command sequence number that the sender increments per new request.
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                              SSRC                             |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * | Seq nr.       |    Reserved (0)                               |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 */
public record Fir(long senderSsrc, long mediaSsrc, List<Fir.Entry> entries) implements RtcpPacket {
    public static final int FMT = 4;

    /** One FCI entry; {@code sequenceNumber} is 8 bits. */
    public record Entry(long ssrc, int sequenceNumber) {
    }

    public Fir {
        entries = List.copyOf(entries);
    }

    /** A FIR for one source, the usual case. */
    public static Fir of(long senderSsrc, long targetSsrc, int sequenceNumber) {
        return new Fir(senderSsrc, 0, List.of(new Entry(targetSsrc, sequenceNumber & 0xFF)));
    }

    /** Parses a whole FIR packet (padding removed); null when it has no FCI entry. */
    public static Fir parse(byte[] buf, int off, int len) {
        if (!RtcpHeader.fits(buf, off, len)) {
            return null;
        }
        int count = (len - Feedback.HEADER) / 8;
        if (count < 1) {
            return null;
        }
        List<Entry> entries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int at = off + Feedback.HEADER + 8 * i;
            entries.add(new Entry(Bytes.u32(buf, at), buf[at + 4] & 0xFF));
        }
        return new Fir(Feedback.senderSsrc(buf, off), Feedback.mediaSsrc(buf, off), entries);
    }

    @Override
    public int size() {
        return Feedback.HEADER + 8 * entries.size();
    }

    @Override
    public int write(byte[] dst, int off) {
        int size = size();
        if (!Feedback.writeHeader(dst, off, FMT, RtcpHeader.PSFB, size, senderSsrc, mediaSsrc)) {
            return -1;
        }
        for (int i = 0; i < entries.size(); i++) {
            int at = off + Feedback.HEADER + 8 * i;
            Bytes.put32(dst, at, entries.get(i).ssrc());
            Bytes.put32(dst, at + 4, (long) (entries.get(i).sequenceNumber() & 0xFF) << 24);
        }
        return size;
    }
}
