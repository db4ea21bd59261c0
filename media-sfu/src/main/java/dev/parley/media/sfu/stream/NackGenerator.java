package dev.parley.media.sfu.stream;

import dev.parley.media.wire.rtp.SeqNum;

/**
 * Tracks the sequence numbers missing from one incoming stream and decides when to ask the publisher for them with a generic
 * NACK (RFC 4585 §6.2.1), like libwebrtc's NackRequester:
 * <ol>
 *   <li>a packet newer than the highest so far marks every number in between as missing;</li>
 *   <li>a missing number is requested at once, then again every {@code retryNanos} (about one round trip), at most
 *       {@link #MAX_RETRIES} times;</li>
 *   <li>a late or retransmitted packet removes its number (recovered);</li>
 *   <li>more than {@link #CAPACITY} missing numbers at once means a burst too large to repair: the list is cleared and the caller
 *       asks for a keyframe instead.</li>
 * </ol>
 * Allocation-free: the missing list is a fixed array scanned linearly (it is short in practice). Not thread-safe: one Router loop.
 */
public final class NackGenerator {
    /** Most numbers tracked at once. */
    public static final int CAPACITY = 256;
    /** Requests per missing packet before giving up (libwebrtc uses 10). */
    public static final int MAX_RETRIES = 10;

    private final long retryNanos;
    private final int[] missing = new int[CAPACITY];
    private final long[] lastSent = new long[CAPACITY];
    private final int[] retries = new int[CAPACITY];
    private int count;
    private int highest;
    private boolean started;

    /** @param retryNanos the time between two requests for the same packet, in nanoseconds */
    public NackGenerator(long retryNanos) {
        this.retryNanos = retryNanos;
    }

    /**
     * Records a received packet.
     *
     * @return false when the loss burst overflowed the list (it was cleared: request a keyframe), else true
     */
    public boolean onPacket(int seq) {
        if (!started) {
            started = true;
            highest = seq;
            return true;
        }
        int gap = SeqNum.diff(seq, highest);
        if (gap <= 0) {
            remove(seq);
            return true;
        }
        int newlyMissing = gap - 1;
        if (count + newlyMissing > CAPACITY) {
            count = 0;
            highest = seq;
            return false;
        }
        for (int i = 1; i < gap; i++) {
            missing[count] = SeqNum.add(highest, i);
            lastSent[count] = Long.MIN_VALUE;
            retries[count] = 0;
            count++;
        }
        highest = seq;
        return true;
    }

    /**
     * Writes the numbers to request now into {@code out} and records them as sent; numbers that reached MAX_RETRIES are dropped.
     *
     * @return how many were written (at most {@code out.length})
     */
    public int due(long nowNanos, int[] out) {
        int n = 0;
        int i = 0;
        while (i < count) {
            if (retries[i] >= MAX_RETRIES) {
                removeAt(i);
                continue;
            }
            if (n < out.length && (lastSent[i] == Long.MIN_VALUE || nowNanos - lastSent[i] >= retryNanos)) {
                out[n++] = missing[i];
                lastSent[i] = nowNanos;
                retries[i]++;
            }
            i++;
        }
        return n;
    }

    /** True when {@code seq} is missing and still being asked for (a retransmission of it is useful). */
    public boolean isMissing(int seq) {
        for (int i = 0; i < count; i++) {
            if (missing[i] == seq) {
                return true;
            }
        }
        return false;
    }

    /** Numbers currently missing. */
    public int missingCount() {
        return count;
    }

    private void remove(int seq) {
        for (int i = 0; i < count; i++) {
            if (missing[i] == seq) {
                removeAt(i);
                return;
            }
        }
    }

    private void removeAt(int i) {
        count--;
        missing[i] = missing[count];
        lastSent[i] = lastSent[count];
        retries[i] = retries[count];
    }
}
