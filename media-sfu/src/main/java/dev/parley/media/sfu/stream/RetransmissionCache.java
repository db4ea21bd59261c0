package dev.parley.media.sfu.stream;

import java.util.Arrays;

/**
 * The last packets of one published RTP stream (one encoding of a Producer), kept once for all its Consumers so that each
 * subscriber's NACKs (RFC 4585 §6.2.1) can be answered without asking the publisher. Galène and Jitsi Videobridge keep one
 * such buffer per incoming stream too: a subscriber's retransmission is rebuilt from the original packet, not from a copy of
 * what was sent to that subscriber, so a packet costs one copy however many Consumers forward it.
 *
 * <p>Slots are indexed by the publisher's sequence number modulo the capacity, so lookup is O(1) and a slot simply holds whatever
 * packet last mapped to it. A packet older than {@code maxAge} is useless to a receiver's jitter buffer (libwebrtc stops waiting
 * for a video packet after about 1 s), so it is not handed out. Per-subscriber limits (how often one packet is resent) live in
 * each Consumer's {@link SentPacketLog}.
 *
 * <p>Buffers are allocated per slot on first use and reused. Not thread-safe: owned by one Producer on its Router's loop.
 */
public final class RetransmissionCache {
    /** Largest packet kept, in bytes: a full Ethernet MTU; WebRTC packets are ≤ 1200 bytes plus headers. */
    public static final int MAX_PACKET = 1500;

    private final byte[][] data;
    private final int[] length;
    private final int[] seq;
    private final long[] storedNanos;
    private final int mask;
    private final long maxAgeNanos;

    /**
     * @param capacity    slots, rounded up to a power of two (e.g. 512 ≈ 1.5 s of 2 Mbit/s video)
     * @param maxAgeNanos oldest packet still handed out, in nanoseconds
     */
    public RetransmissionCache(int capacity, long maxAgeNanos) {
        int size = Integer.highestOneBit(Math.max(1, capacity - 1)) << 1;
        this.data = new byte[size][];
        this.length = new int[size];
        this.seq = new int[size];
        this.storedNanos = new long[size];
        Arrays.fill(seq, -1);
        this.mask = size - 1;
        this.maxAgeNanos = maxAgeNanos;
    }

    public int capacity() {
        return mask + 1;
    }

    /** Keeps a copy of the received packet with sequence number {@code sequenceNumber}; longer than 1500 bytes: not kept. */
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
    }

    /**
     * The slot holding the packet, for {@link #data}/{@link #length}, or -1 when it is not held (never stored, overwritten) or
     * older than {@code maxAge}.
     */
    public int find(int sequenceNumber, long nowNanos) {
        int slot = sequenceNumber & mask;
        if (seq[slot] != sequenceNumber || nowNanos - storedNanos[slot] > maxAgeNanos) {
            return -1;
        }
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
        Arrays.fill(seq, -1);
    }
}
