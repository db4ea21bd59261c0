package dev.parley.media.wire.rtcp;

import dev.parley.media.wire.rtp.Bytes;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a compound RTCP packet (RFC 3550 §6.1) into typed packets and writes compounds back.
 *
 * <p>Parsing never throws: a broken frame (bad version, a length running past the end) ends the walk, and packets of types
 * Parley does not model (APP, XR, unknown feedback FMTs) or that fail their own parse are skipped. Only RTCP is low-rate, so
 * the list allocation is acceptable here; the RTP path allocates nothing.
 */
public final class RtcpCompound {
    private RtcpCompound() {
    }

    /** The typed packets in order; empty when nothing recognisable was found. */
    public static List<RtcpPacket> parse(byte[] buf, int off, int len) {
        List<RtcpPacket> packets = new ArrayList<>(4);
        if (!Bytes.inBounds(buf, off, len)) {
            return packets;
        }
        int pos = off;
        int end = off + len;
        while (end - pos >= RtcpHeader.LENGTH) {
            if ((buf[pos] & 0xC0) != 0x80) {
                break;
            }
            int size = RtcpHeader.size(buf, pos);
            if (size > end - pos) {
                break;
            }
            int content = RtcpHeader.unpaddedSize(buf, pos, size);
            RtcpPacket packet = content < 0 ? null : parseOne(buf, pos, content);
            if (packet != null) {
                packets.add(packet);
            }
            pos += size;
        }
        return packets;
    }

    /** Parses one packet whose padding was already removed; null for unknown or malformed ones. */
    static RtcpPacket parseOne(byte[] buf, int off, int len) {
        int count = RtcpHeader.count(buf, off);
        return switch (RtcpHeader.packetType(buf, off)) {
            case RtcpHeader.SR -> SenderReport.parse(buf, off, len);
            case RtcpHeader.RR -> ReceiverReport.parse(buf, off, len);
            case RtcpHeader.SDES -> Sdes.parse(buf, off, len);
            case RtcpHeader.BYE -> Bye.parse(buf, off, len);
            case RtcpHeader.RTPFB -> switch (count) {
                case GenericNack.FMT -> GenericNack.parse(buf, off, len);
                case TransportCc.FMT -> TransportCc.parse(buf, off, len);
                default -> null;
            };
            case RtcpHeader.PSFB -> switch (count) {
                case Pli.FMT -> Pli.parse(buf, off, len);
                case Fir.FMT -> Fir.parse(buf, off, len);
                case Remb.FMT -> Remb.parse(buf, off, len);
                default -> null;
            };
            default -> null;
        };
    }

    /** Total size in bytes of the packets written back to back. */
    public static int size(List<? extends RtcpPacket> packets) {
        int size = 0;
        for (RtcpPacket packet : packets) {
            size += packet.size();
        }
        return size;
    }

    /**
     * Writes the packets back to back as one compound.
     *
     * @return bytes written, or -1 when {@code dst} has no room for all of them
     */
    public static int write(List<? extends RtcpPacket> packets, byte[] dst, int off) {
        if (!Bytes.inBounds(dst, off, size(packets))) {
            return -1;
        }
        int pos = off;
        for (RtcpPacket packet : packets) {
            pos += packet.write(dst, pos);
        }
        return pos - off;
    }
}
