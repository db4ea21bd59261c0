package dev.parley.media.sfu.stream;

import java.util.Arrays;

/**
 * What one Consumer sent, by its own output sequence number: which source packet it was (encoding and the publisher's sequence
 * number) and how it was rewritten (output timestamp, VP8 picture-id and TL0PICIDX offsets). No payload bytes: the packet itself
 * stays once in the Producer's {@link RetransmissionCache}, and a NACKed packet is rebuilt from it with exactly these values, so
 * the retransmission is bit-identical in payload and header fields to what the subscriber missed.
 *
 * <p>Why a log and not an inverse of {@link SeqNumRewriter}: the rewriter only remembers recent offset changes, while a NACK may
 * name a packet from before several layer switches, pauses or drops; and a sequence number the Consumer never sent (dropped,
 * padding, a gap, a number from the future) must not map to some unrelated source packet. The log answers only for numbers it
 * recorded.
 *
 * <p>Two time limits: a packet sent longer than {@code maxAge} ago is not resent (the subscriber's jitter buffer has moved on),
 * and a second NACK for the same packet within {@code minResendInterval} is almost always the same loss reported again before
 * our first answer arrived, so it is ignored. Not thread-safe: owned by one Consumer on its Router's loop.
 */
public final class SentPacketLog {
    private final int[] outSeq;
    private final int[] encoding;
    private final int[] sourceSeq;
    private final long[] timestamp;
    private final int[] pictureIdOffset;
    private final int[] tl0Offset;
    private final long[] sentNanos;
    private final long[] resentNanos;
    private final int mask;
    private final long maxAgeNanos;
    private final long minResendNanos;

    /**
     * @param capacity       slots, rounded up to a power of two (256 ≈ 1 s of 2 Mbit/s video)
     * @param maxAgeNanos    oldest packet still resent, in nanoseconds
     * @param minResendNanos minimum time between two resends of one packet, in nanoseconds
     */
    public SentPacketLog(int capacity, long maxAgeNanos, long minResendNanos) {
        int size = Integer.highestOneBit(Math.max(1, capacity - 1)) << 1;
        this.outSeq = new int[size];
        this.encoding = new int[size];
        this.sourceSeq = new int[size];
        this.timestamp = new long[size];
        this.pictureIdOffset = new int[size];
        this.tl0Offset = new int[size];
        this.sentNanos = new long[size];
        this.resentNanos = new long[size];
        Arrays.fill(outSeq, -1);
        this.mask = size - 1;
        this.maxAgeNanos = maxAgeNanos;
        this.minResendNanos = minResendNanos;
    }

    public int capacity() {
        return mask + 1;
    }

    /**
     * Records that output sequence number {@code seq} carried source packet {@code sourceSequence} of encoding
     * {@code encodingIndex}, with output timestamp {@code ts} and the VP8 offsets applied to it (0 when not rewritten).
     */
    public void record(int seq, int encodingIndex, int sourceSequence, long ts, int vp8PictureIdOffset, int vp8Tl0Offset,
                       long nowNanos) {
        int slot = seq & mask;
        outSeq[slot] = seq;
        encoding[slot] = encodingIndex;
        sourceSeq[slot] = sourceSequence;
        timestamp[slot] = ts;
        pictureIdOffset[slot] = vp8PictureIdOffset;
        tl0Offset[slot] = vp8Tl0Offset;
        sentNanos[slot] = nowNanos;
        resentNanos[slot] = Long.MIN_VALUE;
    }

    /**
     * Looks up a packet to resend and, when found, records the resend time.
     *
     * @return the slot (for the accessors below), or -1 when {@code seq} was never sent or its slot was reused, it was sent more
     *     than {@code maxAge} ago, or it was resent less than {@code minResendInterval} ago
     */
    public int take(int seq, long nowNanos) {
        int slot = seq & mask;
        if (outSeq[slot] != seq || nowNanos - sentNanos[slot] > maxAgeNanos) {
            return -1;
        }
        if (resentNanos[slot] != Long.MIN_VALUE && nowNanos - resentNanos[slot] < minResendNanos) {
            return -1;
        }
        resentNanos[slot] = nowNanos;
        return slot;
    }

    public int encoding(int slot) {
        return encoding[slot];
    }

    public int sourceSequence(int slot) {
        return sourceSeq[slot];
    }

    public long timestamp(int slot) {
        return timestamp[slot];
    }

    public int pictureIdOffset(int slot) {
        return pictureIdOffset[slot];
    }

    public int tl0Offset(int slot) {
        return tl0Offset[slot];
    }
}
