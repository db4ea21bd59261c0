package dev.parley.media.wire.rtcp;

/**
 * Picture Loss Indication (RFC 4585 §6.3.1): PSFB with FMT=1 and no FCI. The SFU sends it to a publisher to ask for a keyframe.
 *
 * <pre>
 * |V=2|P| FMT=1   |   PT=206      |          length=2             |
 * |                  SSRC of packet sender                        |
 * |                  SSRC of media source                         |
 * </pre>
 */
public record Pli(long senderSsrc, long mediaSsrc) implements RtcpPacket {
    public static final int FMT = 1;

    /** Parses a whole PLI packet (padding removed); null when shorter than 12 bytes. */
    public static Pli parse(byte[] buf, int off, int len) {
        if (!RtcpHeader.fits(buf, off, len)) {
            return null;
        }
        if (len < Feedback.HEADER) {
            return null;
        }
        return new Pli(Feedback.senderSsrc(buf, off), Feedback.mediaSsrc(buf, off));
    }

    @Override
    public int size() {
        return Feedback.HEADER;
    }

    @Override
    public int write(byte[] dst, int off) {
        return Feedback.writeHeader(dst, off, FMT, RtcpHeader.PSFB, Feedback.HEADER, senderSsrc, mediaSsrc) ? Feedback.HEADER : -1;
    }
}
