package dev.parley.media.wire.rtcp;

import dev.parley.media.wire.rtp.SeqNum;
import java.util.Arrays;

/**
 * Collects packet arrivals and builds one {@link TransportCc} feedback message, the way a receiver does every ~100 ms.
 *
 * <ol>
 *   <li>The first {@link #add} fixes the base sequence number and the reference time (its arrival rounded down to 64 ms).</li>
 *   <li>Each later packet must have a newer sequence number; the gap before it is reported as not received. Its delta from the
 *       previous received packet is rounded to 250 µs ticks and accumulated, so rounding errors do not drift.</li>
 *   <li>{@link #add} returns false when a packet cannot join this message (older or duplicate sequence number, a delta beyond
 *       ±8.19 s, or the message would exceed {@link #MAX_SIZE}); send {@link #build()} and start a new builder then.</li>
 * </ol>
 *
 * <p>Callers feed arrivals in sequence order (e.g. from a map keyed by unwrapped sequence number). Not thread-safe.
 */
public final class TransportCcBuilder {
    /** Upper bound on the written size in bytes, below a typical 1200-byte MTU budget with SRTCP overhead. */
    public static final int MAX_SIZE = 1100;

    private final long senderSsrc;
    private final long mediaSsrc;
    private final int feedbackPacketCount;
    private int baseSequenceNumber = -1;
    private int nextSequenceNumber;
    private int referenceTime;
    private long lastTimeMicros;
    private byte[] statuses = new byte[64];
    private int statusCount;
    private int[] deltas = new int[64];
    private int deltaCount;

    public TransportCcBuilder(long senderSsrc, long mediaSsrc, int feedbackPacketCount) {
        this.senderSsrc = senderSsrc;
        this.mediaSsrc = mediaSsrc;
        this.feedbackPacketCount = feedbackPacketCount;
    }

    /**
     * Adds a received packet.
     *
     * @param sequenceNumber the packet's transport-wide sequence number (16 bits)
     * @param arrivalMicros  its arrival time in microseconds on the receiver's clock
     * @return false when the packet does not fit this message (see the class comment)
     */
    public boolean add(int sequenceNumber, long arrivalMicros) {
        sequenceNumber &= 0xFFFF;
        if (baseSequenceNumber < 0) {
            long units = Math.floorDiv(arrivalMicros, TransportCc.REFERENCE_TIME_UNIT_MICROS);
            baseSequenceNumber = sequenceNumber;
            nextSequenceNumber = sequenceNumber;
            referenceTime = (int) (units & 0xFFFFFF);
            lastTimeMicros = units * TransportCc.REFERENCE_TIME_UNIT_MICROS;
        }
        int gap = SeqNum.diff(sequenceNumber, nextSequenceNumber);
        long ticks = Math.floorDiv(arrivalMicros - lastTimeMicros + TransportCc.DELTA_TICK_MICROS / 2,
            TransportCc.DELTA_TICK_MICROS);
        if (gap < 0 || ticks != (short) ticks || statusCount + gap + 1 > 0xFFFF || worstCaseSize(gap + 1, 1) > MAX_SIZE) {
            return false;
        }
        ensureCapacity(statusCount + gap + 1);
        statusCount += gap; // zeros: not received
        statuses[statusCount++] = (byte) (ticks >= 0 && ticks <= 255 ? TransportCcChunks.SMALL_DELTA : TransportCcChunks.LARGE_DELTA);
        deltas[deltaCount++] = (int) ticks;
        lastTimeMicros += ticks * TransportCc.DELTA_TICK_MICROS;
        nextSequenceNumber = SeqNum.add(sequenceNumber, 1);
        return true;
    }

    /** True before the first {@link #add}. */
    public boolean isEmpty() {
        return baseSequenceNumber < 0;
    }

    /** The feedback message for everything added so far; null when empty. */
    public TransportCc build() {
        if (isEmpty()) {
            return null;
        }
        return new TransportCc(senderSsrc, mediaSsrc, baseSequenceNumber, referenceTime, feedbackPacketCount,
            Arrays.copyOf(statuses, statusCount), Arrays.copyOf(deltas, deltaCount));
    }

    /** Size bound if {@code moreStatuses} statuses and {@code moreDeltas} large deltas were added: 2-bit chunks, 2-byte deltas. */
    private int worstCaseSize(int moreStatuses, int moreDeltas) {
        int chunks = (statusCount + moreStatuses + 6) / 7;
        return 20 + 2 * chunks + 2 * (deltaCount + moreDeltas) + 3;
    }

    private void ensureCapacity(int count) {
        if (count > statuses.length) {
            statuses = Arrays.copyOf(statuses, Math.max(count, statuses.length * 2));
        }
        if (deltaCount + 1 > deltas.length) {
            deltas = Arrays.copyOf(deltas, deltas.length * 2);
        }
    }
}
