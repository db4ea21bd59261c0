package dev.parley.media.transport;

import java.util.Map;

/**
 * A snapshot of traffic counters, for an endpoint or one peer.
 *
 * @param packetsIn datagrams received (before any drop)
 * @param bytesIn bytes received
 * @param packetsOut datagrams sent
 * @param bytesOut bytes sent
 * @param drops non-zero drop counts by reason
 */
public record TrafficStats(long packetsIn, long bytesIn, long packetsOut, long bytesOut, Map<DropReason, Long> drops) {

    public TrafficStats {
        drops = Map.copyOf(drops);
    }

    /** The count for one reason, 0 if none. */
    public long dropped(DropReason reason) {
        return drops.getOrDefault(reason, 0L);
    }

    /** The sum over every reason. */
    public long droppedTotal() {
        return drops.values().stream().mapToLong(Long::longValue).sum();
    }
}
