package dev.parley.media.sfu.sdp;

import dev.parley.media.sfu.rtp.LocalTransportParameters;
import dev.parley.media.sfu.rtp.ProducerParameters;
import dev.parley.media.sfu.rtp.RemoteTransportParameters;
import dev.parley.media.sfu.rtp.RtpEncoding;
import dev.parley.media.wire.sdp.Direction;
import dev.parley.media.wire.sdp.Group;
import dev.parley.media.wire.sdp.MediaDescription;
import dev.parley.media.wire.sdp.MediaDescriptionBuilder;
import dev.parley.media.wire.sdp.Rid;
import dev.parley.media.wire.sdp.SdpLine;
import dev.parley.media.wire.sdp.SessionDescription;
import dev.parley.media.wire.sdp.SessionDescriptionBuilder;
import dev.parley.media.wire.sdp.Simulcast;
import dev.parley.media.wire.sdp.StreamDirection;
import java.util.ArrayList;
import java.util.List;

/**
 * The browser's send connection (decision 0002 §1): the browser offers its tracks, the server answers as ICE-lite, DTLS
 * passive, BUNDLE + rtcp-mux, recvonly, with only the codecs and header extensions in {@code SfuCapabilities}.
 */
public final class PublishNegotiation {
    private static final String WHAT = "offer";

    private PublishNegotiation() {
    }

    /**
     * Reads the browser's offer; throws only SdpException, whatever the input.
     *
     * <ol>
     *   <li>Parse (size and line limits are the wire parser's), require Unified Plan mids and one BUNDLE group.</li>
     *   <li>Read ICE credentials and the DTLS fingerprint from the BUNDLE-tagged section; the browser must be able to be the
     *       DTLS client (actpass or active), since the server answers passive.</li>
     *   <li>Read each m-section: accepted with a codec, or rejected with a reason. At least one must be accepted.</li>
     * </ol>
     */
    public static PublishOffer readOffer(String sdp) throws SdpException {
        SessionDescription offer = TransportReader.parse(sdp, WHAT);
        TransportReader.requireUniqueMids(offer, WHAT);
        MediaDescription tagged = TransportReader.requireBundle(offer, WHAT);
        RemoteTransportParameters transport = TransportReader.read(offer, tagged, WHAT);
        String setup = offer.setupFor(tagged);
        if (!"actpass".equals(setup) && !"active".equals(setup)) {
            throw new SdpException("The offer has a=setup:" + setup + "; Parley is the DTLS server, so the browser must offer "
                    + "actpass or active (RFC 8842 §5.2).");
        }
        List<PublishSection> sections = new ArrayList<>();
        for (MediaDescription m : offer.media()) {
            sections.add(PublishSectionReader.read(m));
        }
        if (sections.stream().allMatch(PublishSection::rejected)) {
            throw new SdpException("The offer has no audio or video m-section Parley can receive: "
                    + sections.get(0).rejection());
        }
        return new PublishOffer(offer, transport, sections);
    }

    /**
     * The answer to an offer read by {@link #readOffer}: every offered mid in order; accepted sections recvonly (inactive when
     * the browser does not send), rejected ones with port 0 and outside BUNDLE, except the offerer's BUNDLE tag (see
     * {@link #unusedTag}). Session id and version follow RFC 3264 §8: fixed per transport (from its ICE ufrag), the version
     * echoes the offer's, which the browser increments with every renegotiation.
     */
    public static String answer(PublishOffer offer, LocalTransportParameters local) {
        List<String> accepted = new ArrayList<>();
        List<MediaDescription> media = new ArrayList<>();
        String tag = offer.description().bundleMids().get(0);
        for (int i = 0; i < offer.sections().size(); i++) {
            PublishSection section = offer.sections().get(i);
            MediaDescription offered = offer.description().media().get(i);
            if (!section.rejected()) {
                media.add(accepted(section, offered.hasAttribute("rtcp-rsize"), local));
                accepted.add(section.mid());
            } else if (section.mid().equals(tag) && canStayBundled(offered)) {
                media.add(unusedTag(offered, local));
                accepted.add(section.mid());
            } else {
                String format = offered.formats().isEmpty() ? "0" : offered.formats().get(0);
                media.add(SectionWriter.rejected(section.media(), section.protocol(), format, section.mid()));
            }
        }
        // The offer's group order minus what was rejected, so the offerer's tag stays first (RFC 8843 §7.3.1).
        List<String> bundle = offer.description().bundleMids().stream().filter(accepted::contains).toList();
        SessionDescriptionBuilder answer = SessionDescription.builder()
                .origin(local.ice().ufrag().hashCode() & 0x7FFF_FFFFL, originVersion(offer.description()))
                .iceLite();
        if (!bundle.isEmpty()) {
            answer.group(new Group(Group.BUNDLE, bundle));
        }
        media.forEach(answer::media);
        return answer.build().toString();
    }

    /** Whether an RTP section can be answered {@link #unusedTag}: audio or video over our protocol, with a codec to name. */
    private static boolean canStayBundled(MediaDescription offered) {
        boolean audioOrVideo = offered.kind().equals("audio") || offered.kind().equals("video");
        return audioOrVideo && offered.protocol().equals(SectionWriter.RTP_PROTOCOL) && !offered.codecs().isEmpty();
    }

    /**
     * The offerer's BUNDLE-tagged section when the SFU cannot use it (e.g. a camera offered first with only AV1): accepted
     * but inactive, with the first offered codec (an answer must name one of the offer's), so nothing is ever sent on it.
     *
     * <p>Why not reject it: the tag owns the one transport. RFC 8843 §7.3.1 has the answerer keep the offerer's tag, and
     * Chromium (156, max-bundle) builds the transport for that mid only; an answer that rejects it and moves the tag to the
     * next mid fails setRemoteDescription with "Failed to setup RTCP mux" and takes the microphone down too (issue 12).
     */
    private static MediaDescription unusedTag(MediaDescription offered, LocalTransportParameters local) {
        MediaDescriptionBuilder b = SectionWriter.open(offered.kind(), offered.mid(), Direction.INACTIVE, local, "passive");
        b.codec(offered.codecs().get(0));
        return SectionWriter.finish(b, local);
    }

    /** An accepted section; reduced-size RTCP (RFC 5506 §5) only when the browser offered it, as an answer may not add it. */
    private static MediaDescription accepted(PublishSection section, boolean rtcpRsize, LocalTransportParameters local) {
        ProducerParameters p = section.parameters();
        Direction direction = section.producer().isPresent() ? Direction.RECVONLY : Direction.INACTIVE;
        MediaDescriptionBuilder b = SectionWriter.open(section.media(), section.mid(), direction, local, "passive");
        if (rtcpRsize) {
            b.rtcpRsize();
        }
        SectionWriter.extensions(b, p.extensions());
        SectionWriter.codec(b, p.codec());
        List<String> rids = p.encodings().stream().map(RtpEncoding::rid).filter(r -> r != null).toList();
        if (!rids.isEmpty()) {
            // RFC 8853 §5.3: the answerer mirrors the offered rids with the opposite direction.
            rids.forEach(rid -> b.rid(new Rid(rid, StreamDirection.RECV)));
            b.simulcast(Simulcast.of(StreamDirection.RECV, rids));
        }
        return SectionWriter.finish(b, local);
    }

    /** The offer's o= session version (RFC 8866 §5.2), or 0 when it is not a plain number. */
    private static long originVersion(SessionDescription offer) {
        for (SdpLine line : offer.lines()) {
            if (line.type() == 'o') {
                String[] words = line.value().split(" ");
                if (words.length >= 3 && words[2].matches("[0-9]{1,18}")) {
                    return Long.parseLong(words[2]);
                }
            }
        }
        return 0;
    }
}
