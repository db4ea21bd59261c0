package dev.parley.media.sfu.sdp;

import dev.parley.media.sfu.rtp.IceCandidate;
import dev.parley.media.sfu.rtp.LocalTransportParameters;
import dev.parley.media.sfu.rtp.RtpCodec;
import dev.parley.media.sfu.rtp.RtpHeaderExtension;
import dev.parley.media.wire.sdp.Candidate;
import dev.parley.media.wire.sdp.Codec;
import dev.parley.media.wire.sdp.Direction;
import dev.parley.media.wire.sdp.Extmap;
import dev.parley.media.wire.sdp.MediaDescription;
import dev.parley.media.wire.sdp.MediaDescriptionBuilder;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the parts of an m-section that the send answer and the recv offer share: the server's transport (ICE-lite credentials,
 * DTLS fingerprint and role, rtcp-mux, host candidates), a codec with its RTX, and the header extensions.
 */
final class SectionWriter {
    /** The only transport the SFU speaks (RFC 5764 §8 / JSEP §5.1.2): RTP over DTLS-SRTP over UDP with RTCP feedback. */
    static final String RTP_PROTOCOL = "UDP/TLS/RTP/SAVPF";

    private SectionWriter() {
    }

    /**
     * A section that carries media on the server's transport: default address from the first candidate (RFC 8839 §4.2.1.2),
     * then mid, direction, ICE, DTLS role, rtcp-mux. Candidates go last, see {@link #finish}.
     *
     * @param setup "passive" in answers, "actpass" in offers (RFC 8842 §5.2); the server is always the DTLS server
     */
    static MediaDescriptionBuilder open(String media, String mid, Direction direction, LocalTransportParameters local,
                                        String setup) {
        MediaDescriptionBuilder b = MediaDescription.builder(media, RTP_PROTOCOL);
        if (!local.candidates().isEmpty()) {
            IceCandidate first = local.candidates().get(0);
            b.port(first.port()).connection((first.address().indexOf(':') >= 0 ? "IN IP6 " : "IN IP4 ") + first.address());
        }
        return b.mid(mid).direction(direction)
                .iceCredentials(local.ice().ufrag(), local.ice().pwd())
                .fingerprint(local.fingerprint())
                .setup(setup)
                .rtcpMux();
    }

    /**
     * A rejected section (RFC 3264 §6, RFC 8843 §7.3.3): port 0, outside BUNDLE, just enough to keep its mid and format;
     * an RTP section also says inactive, so no reader mistakes it for the default sendrecv.
     */
    static MediaDescription rejected(String media, String protocol, String format, String mid) {
        MediaDescriptionBuilder b = MediaDescription.builder(media, protocol).port(0).format(format).mid(mid);
        if (protocol.contains("RTP")) {
            b.direction(Direction.INACTIVE);
        }
        return b.build();
    }

    static MediaDescriptionBuilder extensions(MediaDescriptionBuilder b, List<RtpHeaderExtension> extensions) {
        for (RtpHeaderExtension e : extensions) {
            b.extmap(new Extmap(e.id(), e.uri()));
        }
        return b;
    }

    /** The codec (rtpmap, fmtp, rtcp-fb) and, when it has one, its RFC 4588 RTX payload type with {@code apt}. */
    static MediaDescriptionBuilder codec(MediaDescriptionBuilder b, RtpCodec codec) {
        String name = codec.mimeType().substring(codec.mimeType().indexOf('/') + 1);
        // Sorted, so the same codec always writes the same fmtp line (RtpCodec keeps its parameters in an unordered map).
        b.codec(new Codec(codec.payloadType(), name, codec.clockRate(), codec.channels(),
                new TreeMap<>(codec.parameters()), codec.rtcpFeedback()));
        if (codec.hasRtx()) {
            b.codec(new Codec(codec.rtxPayloadType(), "rtx", codec.clockRate(), 1,
                    Map.of("apt", String.valueOf(codec.payloadType())), List.of()));
        }
        return b;
    }

    /**
     * Host candidates on the shared UDP port (and the passive ICE-TCP ones, RFC 6544 §4.5), then end-of-candidates: an ICE-lite
     * server has no others (RFC 8840 §8.2).
     */
    static MediaDescription finish(MediaDescriptionBuilder b, LocalTransportParameters local) {
        for (IceCandidate c : local.candidates()) {
            b.candidate(c.protocol().equals("tcp")
                    ? new Candidate(c.foundation(), 1, "tcp", c.priority(), c.address(), c.port(), "host", null, -1,
                            Map.of("tcptype", "passive"))
                    : Candidate.host(c.foundation(), "udp", c.address(), c.port(), c.priority()));
        }
        return b.endOfCandidates().build();
    }
}
