package dev.parley.media.transport;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Packet, byte and drop counters. A peer's counters roll up into its endpoint's ({@code parent}), so the endpoint
 * total includes every peer. Lock-free: atomics written from the reader thread and from senders.
 */
final class TrafficCounters {

    private final TrafficCounters parent;
    private final AtomicLong packetsIn = new AtomicLong();
    private final AtomicLong bytesIn = new AtomicLong();
    private final AtomicLong packetsOut = new AtomicLong();
    private final AtomicLong bytesOut = new AtomicLong();
    private final AtomicLongArray drops = new AtomicLongArray(DropReason.values().length);

    TrafficCounters(TrafficCounters parent) {
        this.parent = parent;
    }

    /** Counts a received datagram on this level only (the endpoint counts every datagram itself). */
    void received(int bytes) {
        packetsIn.incrementAndGet();
        bytesIn.addAndGet(bytes);
    }

    void sent(int bytes) {
        packetsOut.incrementAndGet();
        bytesOut.addAndGet(bytes);
        if (parent != null) {
            parent.sent(bytes);
        }
    }

    void drop(DropReason reason) {
        drops.incrementAndGet(reason.ordinal());
        if (parent != null) {
            parent.drop(reason);
        }
    }

    TrafficStats snapshot() {
        Map<DropReason, Long> byReason = new EnumMap<>(DropReason.class);
        for (DropReason reason : DropReason.values()) {
            long n = drops.get(reason.ordinal());
            if (n != 0) {
                byReason.put(reason, n);
            }
        }
        return new TrafficStats(packetsIn.get(), bytesIn.get(), packetsOut.get(), bytesOut.get(), byReason);
    }
}
