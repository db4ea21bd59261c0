package dev.parley.loadtest.bot;

import dev.onvoid.webrtc.RTCStats;
import dev.onvoid.webrtc.RTCStatsType;
import java.util.Collection;
import java.util.Map;

/**
 * A bot's receive side summed over its inbound-rtp streams (W3C webrtc-stats §7.3 RTCInboundRtpStreamStats), split by kind.
 * {@code packetsLost} is the RFC 3550 §6.4.1 cumulative count libwebrtc keeps: expected minus received, so duplicates can
 * make it negative.
 */
public record ReceiverStats(long videoPacketsReceived, long videoPacketsLost, long framesDecoded,
                            long audioPacketsReceived, long audioPacketsLost) {

    public static final ReceiverStats NONE = new ReceiverStats(0, 0, 0, 0, 0);

    static ReceiverStats of(Collection<RTCStats> stats) {
        ReceiverStats sum = NONE;
        for (RTCStats stat : stats) {
            if (stat.getType() != RTCStatsType.INBOUND_RTP) {
                continue;
            }
            Map<String, Object> a = stat.getAttributes();
            long received = number(a.get("packetsReceived"));
            long lost = number(a.get("packetsLost"));
            sum = "video".equals(a.get("kind"))
                    ? sum.plus(new ReceiverStats(received, lost, number(a.get("framesDecoded")), 0, 0))
                    : sum.plus(new ReceiverStats(0, 0, 0, received, lost));
        }
        return sum;
    }

    public ReceiverStats plus(ReceiverStats other) {
        return new ReceiverStats(videoPacketsReceived + other.videoPacketsReceived, videoPacketsLost + other.videoPacketsLost,
                framesDecoded + other.framesDecoded, audioPacketsReceived + other.audioPacketsReceived,
                audioPacketsLost + other.audioPacketsLost);
    }

    public ReceiverStats minus(ReceiverStats earlier) {
        return new ReceiverStats(videoPacketsReceived - earlier.videoPacketsReceived,
                videoPacketsLost - earlier.videoPacketsLost, framesDecoded - earlier.framesDecoded,
                audioPacketsReceived - earlier.audioPacketsReceived, audioPacketsLost - earlier.audioPacketsLost);
    }

    /** Lost over expected (received + lost), video and audio together; 0 when nothing was expected. */
    public double lossFraction() {
        long lost = Math.max(0, videoPacketsLost) + Math.max(0, audioPacketsLost);
        long expected = videoPacketsReceived + audioPacketsReceived + lost;
        return expected == 0 ? 0 : (double) lost / expected;
    }

    private static long number(Object value) {
        return value instanceof Number n ? n.longValue() : 0;
    }
}
