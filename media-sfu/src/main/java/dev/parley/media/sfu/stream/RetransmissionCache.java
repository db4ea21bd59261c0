package dev.parley.media.sfu.stream;

/**
 * The last packets a Consumer sent, kept so the subscriber's NACKs (RFC 4585 §6.2.1) can be answered without asking the
 * publisher. Slots are indexed by the Consumer's output sequence number modulo the capacity, so lookup is O(1) and a slot
 * simply holds whatever packet last mapped to it.
 *
 * <p>Two time limits:
 * <ul>
 *   <li>{@code maxAge}: a packet older than this is useless to a receiver's jitter buffer (libwebrtc stops waiting for a video
 *       packet after about 1 s), so it is not resent;</li>
 *   <li>{@code minResendInterval}: a second NACK for the same packet within this interval is almost always the same loss reported
 *       again before our first answer arrived; resending twice only adds load.</li>
 * </ul>
 * Buffers are allocated per slot on first use and reused. Not thread-safe: owned by one Consumer on its Router's loop.
 */
public final class RetransmissionCache {
    /** Largest packet kept, in bytes: a full Ethernet MTU; WebRTC packets are ≤ 1200 bytes plus headers. */
    public static final int MAX_PACKET = 1500;

    private final byte[][] data;
    private final int[] length;
    private final int[] seq;
    private final long[] storedNanos;
    private final long[] resentNanos;
    private final int mask;
    private final long maxAgeNanos;
    private final long minResendNanos;

    /**
     * @param capacity          slots, rounded up to a power of two (e.g. 512 ≈ 1.5 s of 2 Mbit/s video)
     * @param maxAgeNanos       oldest packet still resent, in nanoseconds
     * @param minResendNanos    minimum time between two resends of one packet, in nanoseconds
     */
    public RetransmissionCache(int capacity, long maxAgeNanos, long minResendNanos) {
        int size = Integer.highestOneBit(Math.max(1, capacity - 1)) << 1;
        this.data = new byte[size][];
        this.length = new int[size];
        this.seq = new int[size];
        this.storedNanos = new long[size];
        this.resentNanos = new long[size];
        java.util.Arrays.fill(seq, -1);
        this.mask = size - 1;
        this.maxAgeNanos = maxAgeNanos;
        this.minResendNanos = minResendNanos;
    }

    public int capacity() {
        return mask + 1;
    }

    /** Keeps a copy of the packet sent with output sequence number {@code sequenceNumber}; longer than 1500 bytes: not kept. */
    public void store(int sequenceNumber, byte[] buf, int off, int len, long nowNanos) {
        if (len > MAX_PACKET) {
            return;
        }
        int slot = sequenceNumber & mask;
        if (data[slot] == null) {
            data[slot] = new byte[MAX_PACKET];
        }
        System.arraycopy(buf, off, data[slot], 0, len);
        length[slot] = len;
        seq[slot] = sequenceNumber;
        storedNanos[slot] = nowNanos;
        resentNanos[slot] = Long.MIN_VALUE;
    }

    /**
     * Looks up a packet to resend and, when found, records the resend time.
     *
     * @return the slot (for {@link #data}/{@link #length}), or -1 when the packet is not held (never stored, overwritten), too
     *     old, or was resent less than {@code minResendInterval} ago
     */
    public int take(int sequenceNumber, long nowNanos) {
        int slot = sequenceNumber & mask;
        if (seq[slot] != sequenceNumber || nowNanos - storedNanos[slot] > maxAgeNanos) {
            return -1;
        }
        if (resentNanos[slot] != Long.MIN_VALUE && nowNanos - resentNanos[slot] < minResendNanos) {
            return -1;
        }
        resentNanos[slot] = nowNanos;
        return slot;
    }

    public byte[] data(int slot) {
        return data[slot];
    }

    public int length(int slot) {
        return length[slot];
    }

    /** Forgets every packet (the stream restarted). */
    public void clear() {
        java.util.Arrays.fill(seq, -1);
    }
}
