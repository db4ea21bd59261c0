package dev.parley.media.wire.rtcp;

import dev.parley.media.wire.rtp.Bytes;
import dev.parley.media.wire.rtp.SeqNum;
import java.util.Arrays;

/**
 * Transport-wide congestion control feedback (draft-holmer-rmcat-transport-wide-cc-extensions-01 §3.1): RTPFB with FMT=15. For
 * a range of transport-wide sequence numbers it says which packets arrived and when, relative to a reference time.
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |V=2|P|  FMT=15 |    PT=205     |           length              |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                     SSRC of packet sender                     |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                      SSRC of media source                     |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |      base sequence number     |      packet status count      |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                 reference time                | fb pkt. count |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |          packet chunk         |         packet chunk          |   see {@link TransportCcChunks}
 * .                                                               .
 * |         packet chunk          |  recv delta   |  recv delta   |   1 byte unsigned or 2 bytes signed,
 * .                                                               .   in 250 µs ticks
 * </pre>
 *
 * <p>Reference time is 24 bits in units of 64 ms; each received packet's delta is relative to the previous received packet (the
 * first to the reference time). Written like libwebrtc: zero-padded to 32 bits with the P bit and padding count set.
 * Build feedback to send with {@link TransportCcBuilder}.
 */
public final class TransportCc implements RtcpPacket {
    public static final int FMT = 15;
    /** One delta tick in microseconds (§3.1.5). */
    public static final int DELTA_TICK_MICROS = 250;
    /** One reference-time unit in microseconds (§3.1). */
    public static final int REFERENCE_TIME_UNIT_MICROS = 64_000;
    private static final int FIXED = Feedback.HEADER + 8;

    /** Receives the packets of a feedback message in sequence order; see {@link #forEachPacket}. */
    @FunctionalInterface
    public interface PacketVisitor {
        /** {@code arrivalMicros} is reference time + cumulative deltas, meaningful only when {@code received}. */
        void packet(int sequenceNumber, boolean received, long arrivalMicros);
    }

    private final long senderSsrc;
    private final long mediaSsrc;
    private final int baseSequenceNumber;
    private final int referenceTime;
    private final int feedbackPacketCount;
    private final byte[] statuses;
    private final int[] deltas;

    /**
     * @param statuses one per packet from the base sequence number: 0 not received, 1 small delta, 2 large delta
     * @param deltas   one per received packet, in 250 µs ticks: 0..255 for status 1, -32768..32767 for status 2
     */
    public TransportCc(long senderSsrc, long mediaSsrc, int baseSequenceNumber, int referenceTime, int feedbackPacketCount,
                       byte[] statuses, int[] deltas) {
        if (!consistent(statuses, deltas)) {
            throw new IllegalArgumentException("transport-cc statuses and deltas disagree");
        }
        this.senderSsrc = senderSsrc;
        this.mediaSsrc = mediaSsrc;
        this.baseSequenceNumber = baseSequenceNumber & 0xFFFF;
        this.referenceTime = referenceTime & 0xFFFFFF;
        this.feedbackPacketCount = feedbackPacketCount & 0xFF;
        this.statuses = statuses.clone();
        this.deltas = deltas.clone();
    }

    private static boolean consistent(byte[] statuses, int[] deltas) {
        if (statuses.length > 0xFFFF) {
            return false;
        }
        int d = 0;
        for (byte status : statuses) {
            if (status == TransportCcChunks.SMALL_DELTA || status == TransportCcChunks.LARGE_DELTA) {
                if (d >= deltas.length) {
                    return false;
                }
                int delta = deltas[d++];
                boolean fits = status == TransportCcChunks.SMALL_DELTA ? delta >= 0 && delta <= 255 : delta == (short) delta;
                if (!fits) {
                    return false;
                }
            } else if (status != TransportCcChunks.NOT_RECEIVED) {
                return false;
            }
        }
        return d == deltas.length;
    }

    /** Parses a whole transport-cc packet (padding removed); null when truncated or using the reserved status. */
    public static TransportCc parse(byte[] buf, int off, int len) {
        if (!RtcpHeader.fits(buf, off, len)) {
            return null;
        }
        if (len < FIXED) {
            return null;
        }
        int end = off + len;
        byte[] statuses = new byte[Bytes.u16(buf, off + 14)];
        int pos = TransportCcChunks.decode(buf, off + FIXED, end, statuses);
        if (pos < 0) {
            return null;
        }
        int received = 0;
        for (byte status : statuses) {
            received += status == TransportCcChunks.NOT_RECEIVED ? 0 : 1;
        }
        int[] deltas = new int[received];
        int d = 0;
        for (byte status : statuses) {
            if (status == TransportCcChunks.SMALL_DELTA) {
                if (pos >= end) {
                    return null;
                }
                deltas[d++] = buf[pos++] & 0xFF;
            } else if (status == TransportCcChunks.LARGE_DELTA) {
                if (end - pos < 2) {
                    return null;
                }
                deltas[d++] = (short) Bytes.u16(buf, pos);
                pos += 2;
            }
        }
        return new TransportCc(Feedback.senderSsrc(buf, off), Feedback.mediaSsrc(buf, off), Bytes.u16(buf, off + 12),
            Bytes.u24(buf, off + 16), buf[off + 19] & 0xFF, statuses, deltas);
    }

    public long senderSsrc() {
        return senderSsrc;
    }

    public long mediaSsrc() {
        return mediaSsrc;
    }

    public int baseSequenceNumber() {
        return baseSequenceNumber;
    }

    /** 24-bit reference time in units of 64 ms. */
    public int referenceTime() {
        return referenceTime;
    }

    /** 8-bit counter of feedback packets sent, so the media sender can detect lost feedback. */
    public int feedbackPacketCount() {
        return feedbackPacketCount;
    }

    public int packetStatusCount() {
        return statuses.length;
    }

    /** Status of the i-th packet after the base: 0 not received, 1 small delta, 2 large delta. */
    public int status(int i) {
        return statuses[i];
    }

    public int receivedCount() {
        return deltas.length;
    }

    /** Delta of the j-th received packet in 250 µs ticks. */
    public int delta(int j) {
        return deltas[j];
    }

    /** Visits every packet in order with its absolute arrival time in microseconds (no allocation). */
    public void forEachPacket(PacketVisitor visitor) {
        long time = (long) referenceTime * REFERENCE_TIME_UNIT_MICROS;
        int d = 0;
        for (int i = 0; i < statuses.length; i++) {
            boolean received = statuses[i] != TransportCcChunks.NOT_RECEIVED;
            if (received) {
                time += (long) deltas[d++] * DELTA_TICK_MICROS;
            }
            visitor.packet(SeqNum.add(baseSequenceNumber, i), received, time);
        }
    }

    private int unpaddedSize() {
        int size = FIXED + 2 * TransportCcChunks.encode(statuses, statuses.length, null, 0);
        for (byte status : statuses) {
            size += status;
        }
        return size;
    }

    @Override
    public int size() {
        return (unpaddedSize() + 3) & ~3;
    }

    @Override
    public int write(byte[] dst, int off) {
        int unpadded = unpaddedSize();
        int size = (unpadded + 3) & ~3;
        if (!Feedback.writeHeader(dst, off, FMT, RtcpHeader.RTPFB, size, senderSsrc, mediaSsrc)) {
            return -1;
        }
        Bytes.put16(dst, off + 12, baseSequenceNumber);
        Bytes.put16(dst, off + 14, statuses.length);
        Bytes.put24(dst, off + 16, referenceTime);
        dst[off + 19] = (byte) feedbackPacketCount;
        int pos = off + FIXED + 2 * TransportCcChunks.encode(statuses, statuses.length, dst, off + FIXED);
        int d = 0;
        for (byte status : statuses) {
            if (status == TransportCcChunks.SMALL_DELTA) {
                dst[pos++] = (byte) deltas[d++];
            } else if (status == TransportCcChunks.LARGE_DELTA) {
                Bytes.put16(dst, pos, deltas[d++]);
                pos += 2;
            }
        }
        if (size > unpadded) {
            Arrays.fill(dst, pos, off + size, (byte) 0);
            dst[off] |= 0x20;
            dst[off + size - 1] = (byte) (size - unpadded);
        }
        return size;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TransportCc t && senderSsrc == t.senderSsrc && mediaSsrc == t.mediaSsrc
            && baseSequenceNumber == t.baseSequenceNumber && referenceTime == t.referenceTime
            && feedbackPacketCount == t.feedbackPacketCount && Arrays.equals(statuses, t.statuses) && Arrays.equals(deltas, t.deltas);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(mediaSsrc) * 31 + baseSequenceNumber * 17 + Arrays.hashCode(statuses) + Arrays.hashCode(deltas);
    }

    @Override
    public String toString() {
        return "TransportCc[sender=" + senderSsrc + ", media=" + mediaSsrc + ", base=" + baseSequenceNumber + ", count="
            + statuses.length + ", ref=" + referenceTime + ", fb=" + feedbackPacketCount + ", received=" + deltas.length + "]";
    }
}
