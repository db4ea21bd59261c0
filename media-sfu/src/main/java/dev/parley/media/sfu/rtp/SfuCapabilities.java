package dev.parley.media.sfu.rtp;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What Parley's SFU can receive and send. SDP answers accept only these codecs and extensions; the recv connection's offers use
 * exactly these payload types and extension ids, so a Consumer knows what to write into forwarded packets.
 *
 * <p>v1 forwards Opus and VP8 (every browser encodes both; VP8 has the simplest temporal-layer descriptor for simulcast).
 */
public final class SfuCapabilities {
    public static final String URI_MID = "urn:ietf:params:rtp-hdrext:sdes:mid";
    public static final String URI_RID = "urn:ietf:params:rtp-hdrext:sdes:rtp-stream-id";
    public static final String URI_REPAIRED_RID = "urn:ietf:params:rtp-hdrext:sdes:repaired-rtp-stream-id";
    public static final String URI_AUDIO_LEVEL = "urn:ietf:params:rtp-hdrext:ssrc-audio-level";
    public static final String URI_ABS_SEND_TIME = "http://www.webrtc.org/experiments/rtp-hdrext/abs-send-time";
    public static final String URI_TRANSPORT_CC =
            "http://www.ietf.org/id/draft-holmer-rmcat-transport-wide-cc-extensions-01";

    /** Opus as RFC 7587 negotiates it; in-band FEC on so receivers can ride out single losses. */
    public static final RtpCodec OPUS = new RtpCodec("audio/opus", 111, 48000, 2,
            Map.of("minptime", "10", "useinbandfec", "1"), List.of("transport-cc"), -1);

    /** VP8 with RTX (RFC 4588) for retransmissions, PLI/FIR for keyframes, transport-cc for bandwidth estimation. */
    public static final RtpCodec VP8 = new RtpCodec("video/VP8", 96, 90000, 1,
            Map.of(), List.of("goog-remb", "transport-cc", "ccm fir", "nack", "nack pli"), 97);

    /** Header extensions the SFU accepts from publishers (any id the browser picked). */
    public static final List<String> RECEIVE_EXTENSIONS = List.of(
            URI_MID, URI_RID, URI_REPAIRED_RID, URI_AUDIO_LEVEL, URI_ABS_SEND_TIME, URI_TRANSPORT_CC);

    /** Header extensions the SFU writes on recv connections, with the ids its offers announce. */
    public static final List<RtpHeaderExtension> AUDIO_SEND_EXTENSIONS = List.of(
            new RtpHeaderExtension(URI_AUDIO_LEVEL, 1),
            new RtpHeaderExtension(URI_TRANSPORT_CC, 3));
    public static final List<RtpHeaderExtension> VIDEO_SEND_EXTENSIONS = List.of(
            new RtpHeaderExtension(URI_ABS_SEND_TIME, 2),
            new RtpHeaderExtension(URI_TRANSPORT_CC, 3));

    private SfuCapabilities() {
    }

    /** The codec the SFU sends for a kind. */
    public static RtpCodec sendCodec(MediaKind kind) {
        return kind == MediaKind.AUDIO ? OPUS : VP8;
    }

    public static List<RtpHeaderExtension> sendExtensions(MediaKind kind) {
        return kind == MediaKind.AUDIO ? AUDIO_SEND_EXTENSIONS : VIDEO_SEND_EXTENSIONS;
    }

    /** The supported codec with the same name/clock/channels as an offered one, if any. */
    public static Optional<RtpCodec> supported(RtpCodec offered) {
        if (offered.sameCodecAs(OPUS)) {
            return Optional.of(OPUS);
        }
        if (offered.sameCodecAs(VP8)) {
            return Optional.of(VP8);
        }
        return Optional.empty();
    }
}
