package dev.parley.media.sfu.rtp;

import dev.parley.media.wire.codec.H264ProfileLevelId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The codecs a subscriber can decode, as its browser lists them ({@code RTCRtpReceiver.getCapabilities(kind).codecs}: a mime
 * type and an fmtp line each). The SFU forwards without transcoding, so a Producer reaches a subscriber only when
 * {@link #canDecode} says its codec is among these.
 *
 * @param codecs the decodable codecs; RTX, RED and FEC entries may be included and are ignored
 */
public record ReceiveCapabilities(List<Decodable> codecs) {
    /** One decodable codec: mime type ("video/H264") and its fmtp parameters (from "a=b;c=d"). */
    public record Decodable(String mimeType, Map<String, String> parameters) {
        public Decodable {
            parameters = Map.copyOf(parameters);
        }

        /** From a browser's RTCRtpCodec fields; {@code sdpFmtpLine} may be null. */
        public static Decodable of(String mimeType, String sdpFmtpLine) {
            return new Decodable(mimeType, parseFmtp(sdpFmtpLine));
        }
    }

    /**
     * A client that states nothing (a bot, an older page) is assumed to decode Opus and VP8 only: VP8 is the one video codec
     * every WebRTC endpoint Parley meets decodes (Firefox without its OpenH264 download has no H.264).
     */
    public static final ReceiveCapabilities DEFAULT = new ReceiveCapabilities(List.of(
            Decodable.of(SfuCapabilities.OPUS.mimeType(), null), Decodable.of(SfuCapabilities.VP8.mimeType(), null)));

    public ReceiveCapabilities {
        codecs = List.copyOf(codecs);
    }

    /**
     * Whether a Producer's codec can be decoded here: same mime type (ignoring case), and for VP9 the same profile-id, for H.264
     * packetization-mode 1 and the same profile as libwebrtc classifies it (levels are not compared: Parley offers
     * level-asymmetry-allowed, and decoders take the level from the stream).
     */
    public boolean canDecode(RtpCodec codec) {
        for (Decodable d : codecs) {
            if (d.mimeType() != null && d.mimeType().equalsIgnoreCase(codec.mimeType()) && sameConfiguration(d, codec)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameConfiguration(Decodable d, RtpCodec codec) {
        String mime = codec.mimeType();
        if (mime.equalsIgnoreCase(SfuCapabilities.VP9.mimeType())) {
            return SfuCapabilities.vp9Profile(d.parameters()) == SfuCapabilities.vp9Profile(codec.parameters());
        }
        if (mime.equalsIgnoreCase("video/H264")) {
            H264ProfileLevelId theirs = SfuCapabilities.h264ProfileLevelId(d.parameters());
            H264ProfileLevelId ours = SfuCapabilities.h264ProfileLevelId(codec.parameters());
            return "1".equals(d.parameters().get("packetization-mode")) && theirs != null && ours != null
                    && theirs.profile() == ours.profile();
        }
        return true;
    }

    /** "a=b;c=d" (RFC 8866 §6.15 fmtp format parameters), whitespace tolerated; a part without '=' maps to "". */
    static Map<String, String> parseFmtp(String line) {
        Map<String, String> map = new LinkedHashMap<>();
        if (line == null) {
            return map;
        }
        for (String entry : line.split(";")) {
            String e = entry.strip();
            if (!e.isEmpty()) {
                int eq = e.indexOf('=');
                map.putIfAbsent(eq < 0 ? e : e.substring(0, eq).strip(), eq < 0 ? "" : e.substring(eq + 1).strip());
            }
        }
        return map;
    }
}
