package dev.parley.media.sfu.rtp;

import java.util.List;

/**
 * What the SFU sends to one subscriber for one Producer: everything the server's offer on the recv connection states
 * about one m-section. The SFU chooses SSRCs, payload types and extension ids; the Consumer rewrites packets to match.
 *
 * @param mid        the m-section's mid on the recv connection
 * @param kind       audio or video
 * @param codec      the codec with the recv connection's payload types (rtxPayloadType set when RTX is offered)
 * @param extensions the header extensions the SFU writes on this connection
 * @param ssrc       the Consumer's media SSRC
 * @param rtxSsrc    the Consumer's RTX SSRC, 0 when the codec has no RTX
 * @param cname      RTCP CNAME the SFU uses for this Consumer (one per publishing participant, so lip-sync groups work)
 * @param streamId   msid stream id = the publishing participant's id
 * @param trackId    msid track id = the Producer's id
 */
public record ConsumerParameters(String mid, MediaKind kind, RtpCodec codec, List<RtpHeaderExtension> extensions,
                                 long ssrc, long rtxSsrc, String cname, String streamId, String trackId) {
    public ConsumerParameters {
        extensions = List.copyOf(extensions);
    }
}
