package dev.parley.media.sfu;

import java.util.List;
import java.util.Map;

/**
 * A snapshot of the whole media plane, for the server's JSON stats and Prometheus metrics.
 *
 * @param port       the bound UDP port
 * @param routers    live Routers
 * @param transports live WebRtcTransports (all Routers)
 * @param producers  live Producers
 * @param consumers  live Consumers
 * @param packetsIn  UDP datagrams received on the port (all kinds, counted before any drop)
 * @param bytesIn    UDP payload bytes received
 * @param packetsOut UDP datagrams sent
 * @param bytesOut   UDP payload bytes sent
 * @param drops      dropped packets by DropReason name (transport and SFU reasons, one vocabulary); absent = 0
 * @param perRouter  one snapshot per Router
 */
public record MediaStats(int port, int routers, int transports, int producers, int consumers,
                         long packetsIn, long bytesIn, long packetsOut, long bytesOut,
                         Map<String, Long> drops, List<RouterStats> perRouter) {
    public MediaStats {
        drops = Map.copyOf(drops);
        perRouter = List.copyOf(perRouter);
    }
}
