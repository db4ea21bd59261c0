package dev.parley.media.sfu;

import dev.parley.media.sfu.rtp.MediaKind;
import java.util.Map;

/**
 * A snapshot of one Consumer.
 *
 * @param id               the Consumer id
 * @param producerId       the Producer it forwards
 * @param kind             audio or video
 * @param paused           whether the owner paused it
 * @param packets          RTP packets forwarded (retransmissions not included)
 * @param bytes            their bytes
 * @param retransmitted    packets re-sent in answer to the subscriber's NACKs
 * @param nacksReceived    sequence numbers the subscriber asked for
 * @param keyframeRequests PLI/FIR received from the subscriber
 * @param drops            packets not forwarded, by DropReason name
 * @param subscriberPacketsLost cumulative loss the subscriber reported for this stream (its last Receiver Report block)
 * @param subscriberFractionLost loss fraction (0..1) over the subscriber's last report interval
 */
public record ConsumerStats(String id, String producerId, MediaKind kind, boolean paused, long packets, long bytes,
                            long retransmitted, long nacksReceived, long keyframeRequests, Map<String, Long> drops,
                            long subscriberPacketsLost, double subscriberFractionLost) {
    public ConsumerStats {
        drops = Map.copyOf(drops);
    }
}
