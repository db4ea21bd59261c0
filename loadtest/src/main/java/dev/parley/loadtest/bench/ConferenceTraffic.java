package dev.parley.loadtest.bench;

import tools.jackson.databind.JsonNode;

/**
 * The SFU's own counters for one conference, from {@code GET /conferences/{id}/stats} (snake_case RouterStats): what its
 * Consumers forwarded (retransmissions excluded) and what its Producers received.
 *
 * @param forwardedPackets RTP packets sent by all Consumers
 * @param forwardedBytes   their bytes (RTP, before SRTP)
 * @param receivedPackets  RTP packets received by all Producers
 */
public record ConferenceTraffic(long forwardedPackets, long forwardedBytes, long receivedPackets) {

    /** Sums the counters of a stats document; missing fields count as 0. */
    public static ConferenceTraffic of(JsonNode stats) {
        long packets = 0;
        long bytes = 0;
        for (JsonNode consumer : stats.path("router").path("consumers")) {
            packets += consumer.path("packets").asLong();
            bytes += consumer.path("bytes").asLong();
        }
        long received = 0;
        for (JsonNode producer : stats.path("router").path("producers")) {
            received += producer.path("packets").asLong();
        }
        return new ConferenceTraffic(packets, bytes, received);
    }

    public ConferenceTraffic minus(ConferenceTraffic earlier) {
        return new ConferenceTraffic(forwardedPackets - earlier.forwardedPackets, forwardedBytes - earlier.forwardedBytes,
                receivedPackets - earlier.receivedPackets);
    }
}
