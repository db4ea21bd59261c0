package dev.parley.media.wire.rtp;

/**
 * The {@code a=extmap} URIs (RFC 8285 §5) Parley understands. The numeric id of each is negotiated per session in SDP, so
 * readers take the id as a parameter.
 */
public final class HeaderExtensionUri {
    /** RFC 9143 §15.2: the m-line's mid as ASCII; lets BUNDLE demux a stream before its SSRC is known. */
    public static final String MID = "urn:ietf:params:rtp-hdrext:sdes:mid";
    /** RFC 8852 §3.1: the simulcast encoding's rid (e.g. "q", "h", "f"). */
    public static final String RTP_STREAM_ID = "urn:ietf:params:rtp-hdrext:sdes:rtp-stream-id";
    /** RFC 8852 §3.2: the rid of the stream an RTX stream repairs. */
    public static final String REPAIRED_RTP_STREAM_ID = "urn:ietf:params:rtp-hdrext:sdes:repaired-rtp-stream-id";
    /** RFC 6464: client-to-mixer audio level (dBov) and voice activity flag. */
    public static final String AUDIO_LEVEL = "urn:ietf:params:rtp-hdrext:ssrc-audio-level";
    /** draft-holmer-rmcat-transport-wide-cc-extensions-01 §2: 16-bit transport-wide sequence number. */
    public static final String TRANSPORT_CC =
        "http://www.ietf.org/id/draft-holmer-rmcat-transport-wide-cc-extensions-01";
    /** webrtc.org abs-send-time: 24-bit 6.18 fixed-point seconds of send time. */
    public static final String ABS_SEND_TIME = "http://www.webrtc.org/experiments/rtp-hdrext/abs-send-time";
    /** RFC 5450: transmission time offset. */
    public static final String TOFFSET = "urn:ietf:params:rtp-hdrext:toffset";
    /** webrtc.org video orientation (CVO), 3GPP TS 26.114. */
    public static final String VIDEO_ORIENTATION = "urn:3gpp:video-orientation";
    /** webrtc.org playout delay limits. */
    public static final String PLAYOUT_DELAY = "http://www.webrtc.org/experiments/rtp-hdrext/playout-delay";
    /** AV1 dependency descriptor (AV1 RTP spec, appendix A). */
    public static final String DEPENDENCY_DESCRIPTOR =
        "https://aomediacodec.github.io/av1-rtp-spec/#dependency-descriptor-rtp-header-extension";

    private HeaderExtensionUri() {
    }
}
