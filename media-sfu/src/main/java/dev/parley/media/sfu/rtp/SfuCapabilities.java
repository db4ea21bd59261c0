package dev.parley.media.sfu.rtp;

import dev.parley.media.wire.codec.H264ProfileLevelId;
import dev.parley.media.wire.codec.H264ProfileLevelId.Profile;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What Parley's SFU can receive and send. SDP answers accept only these codecs and extensions; the recv connection's offers use
 * exactly these payload types and extension ids, so a Consumer knows what to write into forwarded packets.
 *
 * <p>The SFU forwards, it never transcodes: a Consumer sends its Producer's codec. It forwards Opus, VP8, VP9 profile 0 and
 * H.264 (packetization-mode 1). On recv connections every codec configuration has its own payload type pair, the same on every
 * connection: BUNDLE forbids one payload type meaning two configurations on one transport (RFC 8843 §9.1), and fixed numbers
 * keep a reused m-section's numbering predictable.
 */
public final class SfuCapabilities {
    public static final String URI_MID = "urn:ietf:params:rtp-hdrext:sdes:mid";
    public static final String URI_RID = "urn:ietf:params:rtp-hdrext:sdes:rtp-stream-id";
    public static final String URI_REPAIRED_RID = "urn:ietf:params:rtp-hdrext:sdes:repaired-rtp-stream-id";
    public static final String URI_AUDIO_LEVEL = "urn:ietf:params:rtp-hdrext:ssrc-audio-level";
    public static final String URI_ABS_SEND_TIME = "http://www.webrtc.org/experiments/rtp-hdrext/abs-send-time";
    public static final String URI_TRANSPORT_CC =
            "http://www.ietf.org/id/draft-holmer-rmcat-transport-wide-cc-extensions-01";

    /** Every video codec: RTX (RFC 4588) for retransmissions, PLI/FIR for keyframes, transport-cc for bandwidth estimation. */
    private static final List<String> VIDEO_FEEDBACK = List.of("goog-remb", "transport-cc", "ccm fir", "nack", "nack pli");

    /** Opus as RFC 7587 negotiates it; in-band FEC on so receivers can ride out single losses. */
    public static final RtpCodec OPUS = new RtpCodec("audio/opus", 111, 48000, 2,
            Map.of("minptime", "10", "useinbandfec", "1"), List.of("transport-cc"), -1);

    /** VP8 (RFC 7741): every WebRTC endpoint decodes it, and it is what placeholder video sections name. */
    public static final RtpCodec VP8 = new RtpCodec("video/VP8", 96, 90000, 1, Map.of(), VIDEO_FEEDBACK, 97);

    /** VP9 profile 0 (8-bit 4:2:0, RFC 9628 §6): the profile every VP9 decoder has; profile 2 (10-bit) is not forwarded. */
    public static final RtpCodec VP9 = new RtpCodec("video/VP9", 98, 90000, 1, Map.of("profile-id", "0"), VIDEO_FEEDBACK, 99);

    /**
     * H.264 per profile, packetization-mode 1 only (RFC 6184 §6.3: FU-A and STAP-A; mode 0 cannot carry a frame larger than
     * one packet). The recv offer names the profile at level 3.1 with level-asymmetry-allowed, as browsers do: a decoder
     * takes the stream's actual level from its SPS. Predictive High 4:4:4 is left out: few decoders have it.
     */
    private static final Map<Profile, RtpCodec> H264 = new EnumMap<>(Profile.class);

    static {
        int pt = 100;
        for (Profile profile : List.of(Profile.CONSTRAINED_BASELINE, Profile.BASELINE, Profile.MAIN, Profile.CONSTRAINED_HIGH,
                Profile.HIGH)) {
            H264.put(profile, new RtpCodec("video/H264", pt, 90000, 1,
                    h264Parameters(new H264ProfileLevelId(profile, H264ProfileLevelId.LEVEL_3_1).toHex()), VIDEO_FEEDBACK, pt + 1));
            pt += 2;
        }
    }

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

    /** The codec a section of a kind names when it carries no Consumer (a kept or rejected slot). */
    public static RtpCodec sendCodec(MediaKind kind) {
        return kind == MediaKind.AUDIO ? OPUS : VP8;
    }

    public static List<RtpHeaderExtension> sendExtensions(MediaKind kind) {
        return kind == MediaKind.AUDIO ? AUDIO_SEND_EXTENSIONS : VIDEO_SEND_EXTENSIONS;
    }

    /** The recv connection's H.264 codec of a profile, or null for a profile the SFU does not forward. */
    public static RtpCodec h264(Profile profile) {
        return H264.get(profile);
    }

    /**
     * The codec the SFU would receive for an offered one (with the offer's fmtp parameters), if it supports it. Its fmtp
     * parameters are what the answer states; for H.264 they echo the offered profile-level-id (RFC 6184 §8.2.2: the answer keeps
     * the offered profile).
     */
    public static Optional<RtpCodec> supported(RtpCodec offered) {
        if (offered.sameCodecAs(OPUS)) {
            return Optional.of(OPUS);
        }
        if (offered.sameCodecAs(VP8)) {
            return Optional.of(VP8);
        }
        if (offered.sameCodecAs(VP9)) {
            return vp9Profile(offered.parameters()) == 0 ? Optional.of(VP9) : Optional.empty();
        }
        if (offered.sameCodecAs(H264.get(Profile.CONSTRAINED_BASELINE))) {
            H264ProfileLevelId id = h264ProfileLevelId(offered.parameters());
            if (id == null || !"1".equals(offered.parameters().get("packetization-mode")) || !H264.containsKey(id.profile())) {
                return Optional.empty();
            }
            RtpCodec ours = H264.get(id.profile());
            String value = offered.parameters().getOrDefault("profile-level-id", id.toHex()).toLowerCase(Locale.ROOT);
            return Optional.of(new RtpCodec(ours.mimeType(), ours.payloadType(), ours.clockRate(), ours.channels(),
                    h264Parameters(value), ours.rtcpFeedback(), ours.rtxPayloadType()));
        }
        return Optional.empty();
    }

    /**
     * The codec a Consumer of a Producer sends on the recv connection: the Producer's codec (the SFU does not transcode) with
     * that configuration's fixed payload types.
     *
     * @throws IllegalArgumentException for a codec {@link #supported} never returns
     */
    public static RtpCodec forwardCodec(RtpCodec produced) {
        for (RtpCodec c : List.of(OPUS, VP8, VP9)) {
            if (produced.sameCodecAs(c)) {
                return c;
            }
        }
        H264ProfileLevelId id = produced.sameCodecAs(H264.get(Profile.CONSTRAINED_BASELINE))
                ? h264ProfileLevelId(produced.parameters()) : null;
        if (id == null || !H264.containsKey(id.profile())) {
            throw new IllegalArgumentException("the SFU does not forward " + produced.mimeType() + " " + produced.parameters());
        }
        return H264.get(id.profile());
    }

    /** VP9's profile-id fmtp parameter (RFC 9628 §6: absent means 0), -1 when unreadable. */
    public static int vp9Profile(Map<String, String> parameters) {
        String value = parameters.getOrDefault("profile-id", "0");
        return value.matches("[0-9]{1,2}") ? Integer.parseInt(value) : -1;
    }

    /** H.264's profile-level-id (the RFC's default when absent), or null when it names no profile Parley knows. */
    public static H264ProfileLevelId h264ProfileLevelId(Map<String, String> parameters) {
        return H264ProfileLevelId.parseOrDefault(parameters.get("profile-level-id"));
    }

    private static Map<String, String> h264Parameters(String profileLevelId) {
        return Map.of("level-asymmetry-allowed", "1", "packetization-mode", "1", "profile-level-id", profileLevelId);
    }
}
