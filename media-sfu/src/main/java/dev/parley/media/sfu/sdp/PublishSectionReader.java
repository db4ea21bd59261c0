package dev.parley.media.sfu.sdp;

import dev.parley.media.sfu.rtp.MediaKind;
import dev.parley.media.sfu.rtp.ProducerParameters;
import dev.parley.media.sfu.rtp.RtpCodec;
import dev.parley.media.sfu.rtp.RtpEncoding;
import dev.parley.media.sfu.rtp.RtpHeaderExtension;
import dev.parley.media.sfu.rtp.SfuCapabilities;
import dev.parley.media.wire.codec.H264ProfileLevelId;
import dev.parley.media.wire.sdp.Codec;
import dev.parley.media.wire.sdp.Direction;
import dev.parley.media.wire.sdp.Extmap;
import dev.parley.media.wire.sdp.MediaDescription;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides what the answer does with one m-section of the browser's send offer: reject it (with a reason), or accept it with
 * the first codec the SFU supports, numbered as the browser numbered it (the SFU never renumbers what it receives).
 */
final class PublishSectionReader {
    private PublishSectionReader() {
    }

    static PublishSection read(MediaDescription m) throws SdpException {
        String mid = m.mid();
        MediaKind kind = switch (m.kind()) {
            case "audio" -> MediaKind.AUDIO;
            case "video" -> MediaKind.VIDEO;
            default -> null;
        };
        Direction direction = m.direction();
        if (kind == null) {
            String why = m.kind().equals("application")
                    ? "Parley has no data channels (chat goes over the signaling connection)."
                    : "Parley receives only audio and video, not '" + m.kind() + "'.";
            return rejected(m, kind, why);
        }
        if (!TransportReader.isLive(m)) {
            return rejected(m, kind, "The browser stopped this m-section (port 0).");
        }
        if (!m.protocol().equals(SectionWriter.RTP_PROTOCOL)) {
            return rejected(m, kind, "Parley receives media only as " + SectionWriter.RTP_PROTOCOL + ", not " + m.protocol() + ".");
        }
        if (!m.rtcpMux()) {
            throw new SdpException("m-section '" + mid + "' has no a=rtcp-mux; Parley multiplexes RTP and RTCP on one port "
                    + "(use rtcpMuxPolicy 'require').");
        }
        Optional<RtpCodec> codec = chooseCodec(m);
        if (codec.isEmpty()) {
            String wanted = kind == MediaKind.AUDIO ? "opus" : "VP8, VP9 profile 0, or H.264 with packetization-mode 1";
            return rejected(m, kind, "m-section '" + mid + "' offers no codec Parley receives (" + wanted + ").");
        }
        boolean sends = direction == Direction.SENDONLY || direction == Direction.SENDRECV;
        List<RtpEncoding> encodings = sends ? EncodingReader.encodings(m, codec.get().hasRtx()) : List.of();
        ProducerParameters parameters = new ProducerParameters(mid, kind, codec.get(), extensions(m), encodings,
                EncodingReader.cname(m, encodings), EncodingReader.streamId(m), EncodingReader.trackId(m));
        return new PublishSection(mid, m.kind(), kind, m.protocol(), direction, parameters, null);
    }

    private static PublishSection rejected(MediaDescription m, MediaKind kind, String why) {
        return new PublishSection(m.mid(), m.kind(), kind, m.protocol(), m.direction(), null, why);
    }

    /**
     * The first offered codec (m-line preference order) that the SFU supports, with the browser's payload type, the RTX
     * payload type bound to it by {@code apt} (RFC 4588 §8.6) when the SFU uses RTX for that codec, and the rtcp-fb values both
     * sides support (in offer order). Its fmtp parameters are the SFU's: they state what the SFU wants to receive.
     *
     * <p>When that codec is H.264, the offer's Constrained Baseline configuration is taken if it has one, wherever it stands
     * among the H.264 entries (Chromium lists Baseline first): it is the profile every H.264 decoder has (RFC 7742 §6.2), so
     * the most subscribers can be sent it.
     */
    static Optional<RtpCodec> chooseCodec(MediaDescription m) {
        List<Codec> offered = m.codecs();
        Codec chosen = null;
        RtpCodec ours = null;
        for (Codec c : offered) {
            Optional<RtpCodec> supported = SfuCapabilities.supported(asOffered(m, c));
            if (supported.isPresent() && (chosen == null || preferredH264(ours, supported.get()))) {
                chosen = c;
                ours = supported.get();
            }
        }
        if (chosen == null) {
            return Optional.empty();
        }
        int rtx = ours.hasRtx() ? rtxFor(offered, chosen) : -1;
        List<String> feedback = new ArrayList<>();
        for (String fb : chosen.feedback()) {
            if (ours.rtcpFeedback().contains(fb) && !feedback.contains(fb)) {
                feedback.add(fb);
            }
        }
        return Optional.of(new RtpCodec(ours.mimeType(), chosen.payloadType(), ours.clockRate(), ours.channels(),
                ours.parameters(), feedback, rtx));
    }

    private static RtpCodec asOffered(MediaDescription m, Codec c) {
        return new RtpCodec(c.mimeType(m.kind()), c.payloadType(), c.clockRate(), c.channels(), c.parameters(), List.of(), -1);
    }

    /** A later offered H.264 configuration replaces the chosen one when that is H.264 too, and this one is Constrained Baseline. */
    private static boolean preferredH264(RtpCodec current, RtpCodec candidate) {
        H264ProfileLevelId.Profile cb = H264ProfileLevelId.Profile.CONSTRAINED_BASELINE;
        boolean bothH264 = current.mimeType().equalsIgnoreCase("video/H264") && candidate.sameCodecAs(current);
        return bothH264 && SfuCapabilities.h264ProfileLevelId(current.parameters()).profile() != cb
                && SfuCapabilities.h264ProfileLevelId(candidate.parameters()).profile() == cb;
    }

    private static int rtxFor(List<Codec> offered, Codec primary) {
        for (Codec c : offered) {
            if (c.name().equalsIgnoreCase("rtx") && c.clockRate() == primary.clockRate() && c.apt() == primary.payloadType()
                    && c.payloadType() != primary.payloadType()) {
                return c.payloadType();
            }
        }
        return -1;
    }

    /**
     * The offered header extensions the SFU reads, with the browser's ids, in offer order. Extensions offered only for the
     * browser's receive direction ("/recvonly", "/inactive") are left out: the browser would not send them.
     */
    private static List<RtpHeaderExtension> extensions(MediaDescription m) throws SdpException {
        List<RtpHeaderExtension> accepted = new ArrayList<>();
        Map<Integer, String> byId = new HashMap<>();
        for (Extmap e : m.extmaps()) {
            String previous = byId.putIfAbsent(e.id(), e.uri());
            if (previous != null && !previous.equals(e.uri())) {
                throw new SdpException("m-section '" + m.mid() + "' binds extmap id " + e.id() + " to two extensions.");
            }
            // Id 15 is reserved in the one-byte header form (RFC 8285 §4.2); Chromium never offers it.
            boolean browserSends = e.direction() == null || e.direction() == Direction.SENDRECV
                    || e.direction() == Direction.SENDONLY;
            RtpHeaderExtension extension = new RtpHeaderExtension(e.uri(), e.id());
            if (browserSends && e.id() != 15 && SfuCapabilities.RECEIVE_EXTENSIONS.contains(e.uri())
                    && accepted.stream().noneMatch(a -> a.uri().equals(e.uri()))) {
                accepted.add(extension);
            }
        }
        return accepted;
    }
}
