package dev.parley.media.sfu.sdp;

import dev.parley.media.sfu.rtp.RtpEncoding;
import dev.parley.media.wire.sdp.MediaDescription;
import dev.parley.media.wire.sdp.Msid;
import dev.parley.media.wire.sdp.Rid;
import dev.parley.media.wire.sdp.Simulcast;
import dev.parley.media.wire.sdp.SsrcAttribute;
import dev.parley.media.wire.sdp.SsrcGroup;
import dev.parley.media.wire.sdp.StreamDirection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The RTP streams one sending m-section announces, and the names (cname, msid) that tie them to a participant's tracks.
 *
 * <ol>
 *   <li>Simulcast (RFC 8853): {@code a=simulcast:send} lists the rids, lowest layer first in browsers' offers; each becomes an
 *       encoding without SSRC, because the SDP does not say which SSRC carries which rid (Chromium writes no video ssrc lines,
 *       Firefox writes them unpaired). The SFU learns SSRCs from the rid/repaired-rid header extensions.</li>
 *   <li>Otherwise the {@code a=ssrc} lines (RFC 5576): the first SSRC that is not the RTX half of an {@code ssrc-group:FID},
 *       with its RTX partner. (Plan B's {@code ssrc-group:SIM} simulcast is not read: Unified Plan browsers use rids.)</li>
 *   <li>Otherwise one encoding with SSRC 0, learned from the mid header extension (RFC 9143 §15.2).</li>
 * </ol>
 */
final class EncodingReader {
    /** More layers than any browser sends (libwebrtc encodes at most 4); a bound on what hostile SDP can make us allocate. */
    static final int MAX_LAYERS = 8;

    private EncodingReader() {
    }

    static List<RtpEncoding> encodings(MediaDescription m, boolean rtx) throws SdpException {
        Simulcast simulcast = m.simulcast();
        if (simulcast != null && !simulcast.send().isEmpty()) {
            return simulcastEncodings(m, simulcast.rids(StreamDirection.SEND));
        }
        Map<Long, Long> rtxOf = new HashMap<>();
        for (SsrcGroup group : m.ssrcGroups()) {
            if (group.semantics().equals(SsrcGroup.FID) && group.ssrcs().size() == 2) {
                rtxOf.putIfAbsent(group.ssrcs().get(0), group.ssrcs().get(1));
            }
        }
        for (SsrcAttribute a : m.ssrcs()) {
            if (!rtxOf.containsValue(a.ssrc())) {
                return List.of(new RtpEncoding(null, a.ssrc(), rtx ? rtxOf.getOrDefault(a.ssrc(), 0L) : 0));
            }
        }
        return List.of(new RtpEncoding(null, 0, 0));
    }

    private static List<RtpEncoding> simulcastEncodings(MediaDescription m, List<String> rids) throws SdpException {
        if (rids.size() > MAX_LAYERS) {
            throw new SdpException("m-section '" + m.mid() + "' offers " + rids.size() + " simulcast layers; Parley takes at most "
                    + MAX_LAYERS + ".");
        }
        Set<String> declared = new HashSet<>();
        for (Rid rid : m.rids()) {
            if (rid.direction() == StreamDirection.SEND) {
                declared.add(rid.id());
            }
        }
        List<RtpEncoding> encodings = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String rid : rids) {
            if (!declared.contains(rid)) {
                throw new SdpException("m-section '" + m.mid() + "' lists rid '" + rid + "' in a=simulcast without "
                        + "a=rid:" + rid + " send (RFC 8853 §5.1).");
            }
            if (!seen.add(rid)) {
                throw new SdpException("m-section '" + m.mid() + "' lists rid '" + rid + "' twice in a=simulcast.");
            }
            encodings.add(new RtpEncoding(rid, 0, 0));
        }
        return encodings;
    }

    /** The CNAME (RFC 7022) of the first encoding's SSRC, else of any SSRC, else null (Chromium's simulcast offers). */
    static String cname(MediaDescription m, List<RtpEncoding> encodings) {
        long primary = encodings.isEmpty() ? 0 : encodings.get(0).ssrc();
        String any = null;
        for (SsrcAttribute a : m.ssrcs()) {
            if (a.attribute().equals("cname") && a.value() != null && !a.value().isBlank()) {
                if (a.ssrc() == primary) {
                    return a.value();
                }
                any = any == null ? a.value() : any;
            }
        }
        return any;
    }

    /** The msid stream id (RFC 8830): from a=msid, else from an a=ssrc msid line; null for none or "-". */
    static String streamId(MediaDescription m) {
        Msid msid = msid(m);
        return msid == null || msid.streamId().equals("-") ? null : msid.streamId();
    }

    static String trackId(MediaDescription m) {
        Msid msid = msid(m);
        return msid == null ? null : msid.trackId();
    }

    private static Msid msid(MediaDescription m) {
        if (m.msid() != null) {
            return m.msid();
        }
        for (SsrcAttribute a : m.ssrcs()) {
            if (a.attribute().equals("msid") && a.value() != null) {
                Msid parsed = Msid.parse(a.value());
                if (parsed != null) {
                    return parsed;
                }
            }
        }
        return null;
    }
}
