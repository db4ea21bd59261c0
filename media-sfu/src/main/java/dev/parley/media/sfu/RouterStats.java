package dev.parley.media.sfu;

import java.util.List;
import java.util.Map;

/**
 * A snapshot of one Router, taken on its loop thread.
 *
 * @param id         the Router id
 * @param drops      drops by DropReason name summed over this Router's transports, Producers and Consumers
 * @param transports per transport
 * @param producers  per Producer
 * @param consumers  per Consumer
 */
public record RouterStats(String id, Map<String, Long> drops, List<TransportStats> transports,
                          List<ProducerStats> producers, List<ConsumerStats> consumers) {
    public RouterStats {
        drops = Map.copyOf(drops);
        transports = List.copyOf(transports);
        producers = List.copyOf(producers);
        consumers = List.copyOf(consumers);
    }
}
