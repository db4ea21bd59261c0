package dev.parley.media.wire.rtcp;

import dev.parley.media.wire.rtp.Bytes;
import dev.parley.media.wire.rtp.SeqNum;
import java.util.ArrayList;
import java.util.List;

/**
 * Generic NACK (RFC 4585 §6.2.1): RTPFB with FMT=1. Each FCI entry names a lost packet (PID) and, in the bitmask BLP, which of the
 * 16 following packets are lost too (bit i set: PID+i+1 lost).
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |            PID                |             BLP               |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 */
public record GenericNack(long senderSsrc, long mediaSsrc, List<GenericNack.Item> items) implements RtcpPacket {
    public static final int FMT = 1;

    /** One FCI entry: packet id and bitmask of the 16 following lost packets. */
    public record Item(int pid, int blp) {
    }

    public GenericNack {
        items = List.copyOf(items);
    }

    /**
     * Builds a NACK for these lost sequence numbers, packing each run of up to 17 within one entry. The numbers should come in
     * ascending (wrap-aware) order, as a NACK generator produces them; any order is correct, just less compact. An empty array
     * gives a NACK without FCI, which is not worth sending (and which {@link #parse} refuses).
     */
    public static GenericNack of(long senderSsrc, long mediaSsrc, int[] lost) {
        List<Item> items = new ArrayList<>();
        int pid = -1;
        int blp = 0;
        for (int seq : lost) {
            int distance = pid < 0 ? -1 : SeqNum.diff(seq & 0xFFFF, pid);
            if (distance >= 1 && distance <= 16) {
                blp |= 1 << (distance - 1);
            } else if (distance != 0) {
                if (pid >= 0) {
                    items.add(new Item(pid, blp));
                }
                pid = seq & 0xFFFF;
                blp = 0;
            }
        }
        if (pid >= 0) {
            items.add(new Item(pid, blp));
        }
        return new GenericNack(senderSsrc, mediaSsrc, items);
    }

    /** Parses a whole NACK packet (padding removed); null when it has no FCI entry. */
    public static GenericNack parse(byte[] buf, int off, int len) {
        if (!RtcpHeader.fits(buf, off, len)) {
            return null;
        }
        int count = (len - Feedback.HEADER) / 4;
        if (count < 1) {
            return null;
        }
        List<Item> items = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int at = off + Feedback.HEADER + 4 * i;
            items.add(new Item(Bytes.u16(buf, at), Bytes.u16(buf, at + 2)));
        }
        return new GenericNack(Feedback.senderSsrc(buf, off), Feedback.mediaSsrc(buf, off), items);
    }

    /** Every sequence number this NACK reports lost, in FCI order (PID first, then BLP bits from least significant). */
    public int[] lostSequenceNumbers() {
        int count = 0;
        for (Item item : items) {
            count += 1 + Integer.bitCount(item.blp() & 0xFFFF);
        }
        int[] lost = new int[count];
        int n = 0;
        for (Item item : items) {
            lost[n++] = item.pid();
            for (int bit = 0; bit < 16; bit++) {
                if ((item.blp() & (1 << bit)) != 0) {
                    lost[n++] = SeqNum.add(item.pid(), bit + 1);
                }
            }
        }
        return lost;
    }

    @Override
    public int size() {
        return Feedback.HEADER + 4 * items.size();
    }

    @Override
    public int write(byte[] dst, int off) {
        int size = size();
        if (!Feedback.writeHeader(dst, off, FMT, RtcpHeader.RTPFB, size, senderSsrc, mediaSsrc)) {
            return -1;
        }
        for (int i = 0; i < items.size(); i++) {
            int at = off + Feedback.HEADER + 4 * i;
            Bytes.put16(dst, at, items.get(i).pid());
            Bytes.put16(dst, at + 2, items.get(i).blp());
        }
        return size;
    }
}
