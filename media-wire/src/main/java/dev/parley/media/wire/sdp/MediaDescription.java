package dev.parley.media.wire.sdp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One media section (RFC 8866 §5.14): the {@code m=<media> <port> <proto> <fmt> ...} line and the lines after it, kept in order
 * so that unknown attributes survive a parse/serialize round trip. Typed accessors read the WebRTC attributes on demand.
 *
 * @param kind     "audio", "video" or "application"
 * @param port     0 marks a rejected or stopped section (RFC 3264 §6); WebRTC uses 9 with BUNDLE
 * @param protocol e.g. "UDP/TLS/RTP/SAVPF"
 * @param formats  payload types (as text) in preference order
 */
public record MediaDescription(String kind, int port, String protocol, List<String> formats, List<SdpLine> lines)
    implements Attributes {

    public MediaDescription {
        formats = List.copyOf(formats);
        lines = List.copyOf(lines);
    }

    public static MediaDescriptionBuilder builder(String kind, String protocol) {
        return new MediaDescriptionBuilder(kind, protocol);
    }

    /** The m= line's value. */
    public String mediaLineValue() {
        return kind + " " + port + " " + protocol + (formats.isEmpty() ? "" : " " + String.join(" ", formats));
    }

    /** RFC 9143 mid, or null. */
    public String mid() {
        return attribute("mid");
    }

    /** The last direction attribute; sendrecv when none (RFC 8866 §6.7). */
    public Direction direction() {
        Direction direction = Direction.SENDRECV;
        for (SdpLine line : lines) {
            Direction d = line.isAttribute() ? Direction.fromSdp(line.value()) : null;
            direction = d == null ? direction : d;
        }
        return direction;
    }

    public boolean rtcpMux() {
        return hasAttribute("rtcp-mux");
    }

    /** Codecs in m-line preference order; payload types without an rtpmap line are skipped. */
    public List<Codec> codecs() {
        Map<Integer, Codec> maps = new HashMap<>();
        Map<Integer, Map<String, String>> fmtps = new HashMap<>();
        Map<Integer, List<String>> feedback = new HashMap<>();
        List<String> wildcard = new ArrayList<>();
        for (SdpLine line : lines) {
            if (!line.isAttribute() || line.attributeValue() == null) {
                continue;
            }
            String value = line.attributeValue();
            switch (line.attributeName()) {
                case Codec.RTPMAP -> {
                    Codec codec = Codec.fromRtpmap(value);
                    if (codec != null) {
                        maps.putIfAbsent(codec.payloadType(), codec);
                    }
                }
                case Codec.FMTP -> {
                    int pt = Codec.leadingPayloadType(value);
                    if (pt >= 0) {
                        fmtps.computeIfAbsent(pt, k -> new LinkedHashMap<>())
                            .putAll(Codec.parseParameters(Codec.afterPayloadType(value)));
                    }
                }
                case Codec.RTCP_FB -> {
                    int pt = Codec.leadingPayloadType(value);
                    String fb = Codec.afterPayloadType(value);
                    if (pt == -2) {
                        wildcard.add(fb);
                    } else if (pt >= 0) {
                        feedback.computeIfAbsent(pt, k -> new ArrayList<>()).add(fb);
                    }
                }
                default -> { }
            }
        }
        List<Codec> codecs = new ArrayList<>();
        for (String format : formats) {
            int pt = Tokens.parseInt(format, 127);
            Codec codec = maps.get(pt);
            if (codec != null) {
                List<String> fb = new ArrayList<>(feedback.getOrDefault(pt, List.of()));
                fb.addAll(wildcard);
                codecs.add(codec.withDetails(fmtps.getOrDefault(pt, Map.of()), fb));
            }
        }
        return codecs;
    }

    public List<Extmap> extmaps() {
        return typed(Extmap.NAME, Extmap::parse);
    }

    public List<SsrcAttribute> ssrcs() {
        return typed(SsrcAttribute.NAME, SsrcAttribute::parse);
    }

    public List<SsrcGroup> ssrcGroups() {
        return typed(SsrcGroup.NAME, SsrcGroup::parse);
    }

    /** The first msid, or null. */
    public Msid msid() {
        List<Msid> all = typed(Msid.NAME, Msid::parse);
        return all.isEmpty() ? null : all.get(0);
    }

    public List<Rid> rids() {
        return typed(Rid.NAME, Rid::parse);
    }

    /** The simulcast attribute, or null. */
    public Simulcast simulcast() {
        List<Simulcast> all = typed(Simulcast.NAME, Simulcast::parse);
        return all.isEmpty() ? null : all.get(0);
    }

    public List<Candidate> candidates() {
        return typed(Candidate.NAME, Candidate::parse);
    }

    /** RFC 8840 §8.2: the sender has no more candidates for this section. */
    public boolean endOfCandidates() {
        return hasAttribute("end-of-candidates");
    }

    /** Every well-formed value of {@code a=name}; malformed ones were already refused by the parser. */
    private <T> List<T> typed(String name, Function<String, T> parser) {
        List<T> out = new ArrayList<>();
        for (String value : attributes(name)) {
            T t = parser.apply(value);
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(1024).append("m=").append(mediaLineValue()).append("\r\n");
        for (SdpLine line : lines) {
            sb.append(line).append("\r\n");
        }
        return sb.toString();
    }
}
