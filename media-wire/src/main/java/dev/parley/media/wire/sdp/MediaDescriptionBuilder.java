package dev.parley.media.wire.sdp;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds a media section for an answer or a server-side offer. Lines come out in call order, except that {@code c=} and
 * {@code b=} lines are placed before the attributes as RFC 8866 §5 requires, and each codec also adds its payload type to the
 * m= line.
 *
 * <pre>{@code
 * MediaDescription audio = MediaDescription.builder("audio", "UDP/TLS/RTP/SAVPF").port(9)
 *     .mid("0").direction(Direction.RECVONLY).iceCredentials(ufrag, pwd).fingerprint(fp).setup("passive")
 *     .rtcpMux().codec(opus).extmap(new Extmap(1, HeaderExtensionUri.AUDIO_LEVEL)).candidate(host).endOfCandidates().build();
 * }</pre>
 */
public final class MediaDescriptionBuilder {
    private final String kind;
    private final String protocol;
    private int port = 9;
    private final List<String> formats = new ArrayList<>();
    private final List<SdpLine> head = new ArrayList<>();
    private final List<SdpLine> attributes = new ArrayList<>();

    MediaDescriptionBuilder(String kind, String protocol) {
        this.kind = kind;
        this.protocol = protocol;
        head.add(new SdpLine('c', "IN IP4 0.0.0.0"));
    }

    /** The m= port: 9 (the discard port, as JSEP §5.2.1 writes with ICE) by default, 0 to reject or stop the section. */
    public MediaDescriptionBuilder port(int port) {
        this.port = port;
        return this;
    }

    /** Replaces the default {@code c=IN IP4 0.0.0.0}. */
    public MediaDescriptionBuilder connection(String value) {
        head.removeIf(l -> l.type() == 'c');
        head.add(0, new SdpLine('c', value));
        return this;
    }

    /** Adds a {@code b=} line such as "AS:2500" (RFC 8866 §5.8). */
    public MediaDescriptionBuilder bandwidth(String value) {
        head.add(new SdpLine('b', value));
        return this;
    }

    /** Adds a payload type to the m= line without rtpmap (e.g. for an application section's "webrtc-datachannel"). */
    public MediaDescriptionBuilder format(String format) {
        formats.add(format);
        return this;
    }

    public MediaDescriptionBuilder attribute(String name, String value) {
        attributes.add(SdpLine.attribute(name, value));
        return this;
    }

    public MediaDescriptionBuilder flag(String name) {
        return attribute(name, null);
    }

    public MediaDescriptionBuilder mid(String mid) {
        return attribute("mid", mid);
    }

    public MediaDescriptionBuilder direction(Direction direction) {
        return flag(direction.sdpName());
    }

    public MediaDescriptionBuilder iceCredentials(String ufrag, String pwd) {
        return attribute("ice-ufrag", ufrag).attribute("ice-pwd", pwd);
    }

    public MediaDescriptionBuilder iceOptions(String options) {
        return attribute("ice-options", options);
    }

    public MediaDescriptionBuilder fingerprint(DtlsFingerprint fingerprint) {
        return attribute(DtlsFingerprint.NAME, fingerprint.sdpValue());
    }

    /** "passive" in the server's answers, "actpass" in its offers (RFC 8842 §5). */
    public MediaDescriptionBuilder setup(String role) {
        return attribute("setup", role);
    }

    public MediaDescriptionBuilder rtcpMux() {
        return flag("rtcp-mux");
    }

    /** RFC 5506 reduced-size RTCP. */
    public MediaDescriptionBuilder rtcpRsize() {
        return flag("rtcp-rsize");
    }

    public MediaDescriptionBuilder extmap(Extmap extmap) {
        return attribute(Extmap.NAME, extmap.sdpValue());
    }

    /** Adds the payload type to the m= line and its rtpmap, fmtp and rtcp-fb lines. */
    public MediaDescriptionBuilder codec(Codec codec) {
        formats.add(String.valueOf(codec.payloadType()));
        attributes.addAll(codec.toLines());
        return this;
    }

    public MediaDescriptionBuilder msid(Msid msid) {
        return attribute(Msid.NAME, msid.sdpValue());
    }

    public MediaDescriptionBuilder ssrc(SsrcAttribute ssrc) {
        return attribute(SsrcAttribute.NAME, ssrc.sdpValue());
    }

    public MediaDescriptionBuilder ssrcGroup(SsrcGroup group) {
        return attribute(SsrcGroup.NAME, group.sdpValue());
    }

    public MediaDescriptionBuilder rid(Rid rid) {
        return attribute(Rid.NAME, rid.sdpValue());
    }

    public MediaDescriptionBuilder simulcast(Simulcast simulcast) {
        return attribute(Simulcast.NAME, simulcast.sdpValue());
    }

    public MediaDescriptionBuilder candidate(Candidate candidate) {
        return attribute(Candidate.NAME, candidate.sdpValue());
    }

    public MediaDescriptionBuilder endOfCandidates() {
        return flag("end-of-candidates");
    }

    public MediaDescription build() {
        List<SdpLine> lines = new ArrayList<>(head);
        lines.addAll(attributes);
        return new MediaDescription(kind, port, protocol, formats, lines);
    }
}
