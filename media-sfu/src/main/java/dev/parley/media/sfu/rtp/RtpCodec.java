package dev.parley.media.sfu.rtp;

import java.util.List;
import java.util.Map;

/**
 * One negotiated codec of an m-section.
 *
 * @param mimeType        "audio/opus", "video/VP8", ... (case as in the IANA registry; compare ignoring case)
 * @param payloadType     the RTP payload type negotiated on this connection (0–127)
 * @param clockRate       RTP clock rate in Hz
 * @param channels        audio channels (2 for Opus per RFC 7587), 1 for video
 * @param parameters      fmtp parameters in order, e.g. {minptime=10, useinbandfec=1}
 * @param rtcpFeedback    rtcp-fb values, e.g. "nack", "nack pli", "ccm fir", "goog-remb", "transport-cc"
 * @param rtxPayloadType  payload type of the RFC 4588 RTX stream bound to this codec (apt), or -1 when none
 */
public record RtpCodec(String mimeType, int payloadType, int clockRate, int channels,
                       Map<String, String> parameters, List<String> rtcpFeedback, int rtxPayloadType) {
    public RtpCodec {
        parameters = Map.copyOf(parameters);
        rtcpFeedback = List.copyOf(rtcpFeedback);
    }

    public boolean hasRtx() {
        return rtxPayloadType >= 0;
    }

    public boolean sameCodecAs(RtpCodec other) {
        return mimeType.equalsIgnoreCase(other.mimeType) && clockRate == other.clockRate && channels == other.channels;
    }
}
