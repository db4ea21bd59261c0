package dev.parley.media.sfu;

import dev.parley.media.sfu.rtp.RtpEncoding;
import dev.parley.media.sfu.stream.NackGenerator;
import dev.parley.media.sfu.stream.ReceiveStatistics;
import dev.parley.media.sfu.stream.RetransmissionCache;
import dev.parley.media.wire.rtcp.ReportBlock;

/**
 * One incoming RTP stream of a Producer: a single encoding or one simulcast layer, with its RTX companion.
 *
 * <p>The SSRCs come from the offer ({@code a=ssrc}, {@code a=ssrc-group:FID}) when the browser states them, or are learned from
 * the first packet carrying this stream's rid (RFC 8852 rtp-stream-id) or, for RTX, repaired-rtp-stream-id. 0 = not known yet.
 * Loop-thread only.
 */
final class RtpStreamRecv {
    /** libwebrtc re-NACKs a packet after about one round trip; without an RTT sample, 100 ms is its default too. */
    static final long NACK_RETRY_NANOS = 100_000_000L;
    /**
     * Packets kept for retransmission: 512 ≈ 2 s of 2 Mbit/s video at 1000-byte packets, so the 1 s resend window is covered
     * with margin for bursts (a keyframe). One cache per stream, shared by all its Consumers: ~770 KB per video encoding.
     */
    static final int CACHE_PACKETS = 512;
    /** Resend window: libwebrtc's video jitter buffer gives up on a packet after about a second. */
    static final long CACHE_MAX_AGE_NANOS = 1_000_000_000L;

    final String rid;
    long ssrc;
    long rtxSsrc;
    final ReceiveStatistics stats;
    /** Null when the codec did not negotiate "nack" (Opus in Parley: FEC instead of retransmission). */
    final NackGenerator nacks;
    /**
     * The last forwarded packets, for every Consumer's retransmissions; video only, since only video Consumers negotiate NACK
     * (SfuCapabilities) whatever the publisher negotiated. Null for audio.
     */
    final RetransmissionCache cache;
    /** The highest spatial / temporal layer id seen in this stream's payload descriptors (VP9 SID, VP8/VP9 TID), -1 for none. */
    int maxSpatialLayer = -1;
    int maxTemporalLayer = -1;

    RtpStreamRecv(RtpEncoding encoding, int clockRate, boolean nack, boolean video) {
        this.rid = encoding.rid();
        this.ssrc = encoding.ssrc();
        this.rtxSsrc = encoding.rtxSsrc();
        this.stats = new ReceiveStatistics(clockRate);
        this.nacks = nack ? new NackGenerator(NACK_RETRY_NANOS) : null;
        this.cache = video ? new RetransmissionCache(CACHE_PACKETS, CACHE_MAX_AGE_NANOS) : null;
    }

    /** Notes the layer ids of one packet (-1: not carried), so a layer allocator knows which layers this stream has. */
    void onLayers(int spatial, int temporal) {
        maxSpatialLayer = Math.max(maxSpatialLayer, spatial);
        maxTemporalLayer = Math.max(maxTemporalLayer, temporal);
    }

    /** The RFC 3550 §6.4.1 report block for this stream; starts the next fraction-lost interval. */
    ReportBlock reportBlock(long nowNanos) {
        int fraction = stats.takeFractionLost();
        long lost = Math.max(-0x800000, Math.min(0x7FFFFF, stats.cumulativeLost())); // 24-bit signed field
        return new ReportBlock(ssrc, fraction, (int) lost, stats.extendedHighest() & 0xFFFF_FFFFL, stats.jitter(),
                stats.lastSrMiddle(), stats.delaySinceLastSr(nowNanos));
    }
}
