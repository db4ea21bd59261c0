package dev.parley.media.sfu;

import dev.parley.media.sfu.rtp.MediaKind;

/**
 * A snapshot of one Producer, summed over its encodings (RtpStreamRecv).
 *
 * @param id               the Producer id
 * @param kind             audio or video
 * @param codec            the codec's mime type, e.g. "video/VP9"
 * @param paused           whether the owner paused it
 * @param packets          RTP packets received (retransmissions included)
 * @param bytes            their bytes
 * @param packetsLost      cumulative number lost as RFC 3550 §6.4.1 counts it (expected − received, may be negative)
 * @param jitterMillis     interarrival jitter (RFC 3550 §6.4.1 / A.8) of the first encoding, in milliseconds
 * @param nacksSent        NACK feedback messages sent to the publisher
 * @param keyframeRequests PLIs sent to the publisher (after rate limiting)
 * @param maxSpatialLayer  the highest spatial layer id seen (VP9 SVC), -1 when the payloads carry none
 * @param maxTemporalLayer the highest temporal layer id seen (VP8/VP9), -1 when the payloads carry none
 */
public record ProducerStats(String id, MediaKind kind, String codec, boolean paused, long packets, long bytes,
                            long packetsLost, double jitterMillis, long nacksSent, long keyframeRequests, int maxSpatialLayer,
                            int maxTemporalLayer) {
}
