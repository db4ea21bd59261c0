package dev.parley.media.sfu.sdp;

import dev.parley.media.sfu.rtp.ConsumerParameters;
import dev.parley.media.sfu.rtp.LocalTransportParameters;
import dev.parley.media.sfu.rtp.MediaKind;
import dev.parley.media.sfu.rtp.RtpCodec;
import dev.parley.media.sfu.rtp.SfuCapabilities;
import dev.parley.media.wire.sdp.Direction;
import dev.parley.media.wire.sdp.Group;
import dev.parley.media.wire.sdp.MediaDescription;
import dev.parley.media.wire.sdp.MediaDescriptionBuilder;
import dev.parley.media.wire.sdp.Msid;
import dev.parley.media.wire.sdp.SessionDescription;
import dev.parley.media.wire.sdp.SessionDescriptionBuilder;
import dev.parley.media.wire.sdp.SsrcAttribute;
import dev.parley.media.wire.sdp.SsrcGroup;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes the server's offer on a recv connection.
 *
 * <ol>
 *   <li>Every live section offers reduced-size RTCP (RFC 5506), so the SFU may send a lone PLI or NACK.</li>
 *   <li>An active section sends one Consumer: its codec (+ RTX), extensions, {@code a=msid:<participant> <producer>} so the
 *       browser's ontrack names the publisher, and {@code a=ssrc} cname/msid lines with {@code ssrc-group:FID} (RFC 5576) for
 *       the Consumer's own SSRCs.</li>
 *   <li>A closed section is rejected (port 0, outside BUNDLE), except the first section of the offer: it carries the BUNDLE
 *       tag, and rejecting the tagged section would make the browser drop the whole transport (RFC 8843 §7.3.3). It stays
 *       bundled as {@code a=inactive}, with the kind's codec and no SSRCs, so an offer whose sections are all closed is
 *       still valid.</li>
 * </ol>
 */
final class SubscribeOfferWriter {
    private SubscribeOfferWriter() {
    }

    static String write(LocalTransportParameters local, long sessionId, long version, List<SubscribeSection> sections) {
        check(sections);
        List<String> bundle = new ArrayList<>();
        List<MediaDescription> media = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            SubscribeSection section = sections.get(i);
            if (section instanceof SubscribeSection.Active active) {
                media.add(active(active.consumer(), local));
                bundle.add(section.mid());
            } else if (i == 0) {
                media.add(keptInactive(section.mid(), section.kind(), local));
                bundle.add(section.mid());
            } else {
                RtpCodec codec = SfuCapabilities.sendCodec(section.kind());
                media.add(SectionWriter.rejected(section.kind().sdpName(), SectionWriter.RTP_PROTOCOL,
                        String.valueOf(codec.payloadType()), section.mid()));
            }
        }
        SessionDescriptionBuilder offer = SessionDescription.builder().origin(sessionId, version).iceLite()
                .group(new Group(Group.BUNDLE, bundle))
                .attribute("msid-semantic", " WMS *");
        media.forEach(offer::media);
        return offer.build().toString();
    }

    private static MediaDescription active(ConsumerParameters c, LocalTransportParameters local) {
        MediaDescriptionBuilder b = SectionWriter.open(c.kind().sdpName(), c.mid(), Direction.SENDONLY, local, "actpass")
                .rtcpRsize();
        SectionWriter.extensions(b, c.extensions());
        SectionWriter.codec(b, c.codec());
        Msid msid = new Msid(c.streamId(), c.trackId());
        b.msid(msid);
        boolean rtx = c.codec().hasRtx() && c.rtxSsrc() != 0;
        if (rtx) {
            b.ssrcGroup(new SsrcGroup(SsrcGroup.FID, List.of(c.ssrc(), c.rtxSsrc())));
        }
        for (long ssrc : rtx ? List.of(c.ssrc(), c.rtxSsrc()) : List.of(c.ssrc())) {
            b.ssrc(new SsrcAttribute(ssrc, "cname", c.cname()));
            b.ssrc(new SsrcAttribute(ssrc, "msid", msid.sdpValue()));
        }
        return SectionWriter.finish(b, local);
    }

    private static MediaDescription keptInactive(String mid, MediaKind kind, LocalTransportParameters local) {
        MediaDescriptionBuilder b = SectionWriter.open(kind.sdpName(), mid, Direction.INACTIVE, local, "actpass").rtcpRsize();
        SectionWriter.extensions(b, SfuCapabilities.sendExtensions(kind));
        SectionWriter.codec(b, SfuCapabilities.sendCodec(kind));
        return SectionWriter.finish(b, local);
    }

    /** The caller's mistakes, refused before any SDP is written. */
    private static void check(List<SubscribeSection> sections) {
        if (sections.isEmpty()) {
            throw new IllegalArgumentException("an offer needs at least one m-section");
        }
        Set<String> mids = new HashSet<>();
        for (SubscribeSection s : sections) {
            requireToken(s.mid(), "mid");
            if (!mids.add(s.mid())) {
                throw new IllegalArgumentException("mid '" + s.mid() + "' is used by two m-sections");
            }
            if (s instanceof SubscribeSection.Active active) {
                ConsumerParameters c = active.consumer();
                requireToken(c.streamId(), "msid stream id");
                requireToken(c.trackId(), "msid track id");
                requireToken(c.cname(), "cname");
                requireSsrc(c.ssrc(), "ssrc");
                if (c.rtxSsrc() != 0) {
                    requireSsrc(c.rtxSsrc(), "rtx ssrc");
                }
            }
        }
    }

    /** RFC 8830 §2 / RFC 9143 §7: ids in SDP are tokens; a space would split the attribute. */
    private static void requireToken(String value, String what) {
        boolean ok = value != null && !value.isEmpty() && value.length() <= 256
                && value.chars().allMatch(ch -> ch > ' ' && ch < 0x7F);
        if (!ok) {
            throw new IllegalArgumentException(what + " '" + value + "' must be 1 to 256 visible ASCII characters without spaces");
        }
    }

    private static void requireSsrc(long ssrc, String what) {
        if (ssrc <= 0 || ssrc > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException(what + " " + ssrc + " is not an unsigned 32-bit SSRC");
        }
    }
}
