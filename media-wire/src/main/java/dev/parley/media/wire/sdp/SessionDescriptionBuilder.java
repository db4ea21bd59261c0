package dev.parley.media.wire.sdp;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds a whole description: {@code v=0}, {@code o=}, {@code s=-}, {@code t=0 0} (JSEP §5.2.1), session attributes in call
 * order, then the media sections.
 *
 * <pre>{@code
 * String answer = SessionDescription.builder().origin(sessionId, version).iceLite()
 *     .group(new Group(Group.BUNDLE, List.of("0", "1"))).media(audio).media(video).build().toString();
 * }</pre>
 */
public final class SessionDescriptionBuilder {
    private String origin = "- 0 0 IN IP4 127.0.0.1";
    private final List<SdpLine> attributes = new ArrayList<>();
    private final List<MediaDescription> media = new ArrayList<>();

    SessionDescriptionBuilder() {
    }

    /**
     * The o= line (RFC 8866 §5.2) with username "-", a session id that stays fixed for the session and a version the writer
     * increments on each new offer/answer (RFC 3264 §8).
     */
    public SessionDescriptionBuilder origin(long sessionId, long version) {
        this.origin = "- " + Long.toUnsignedString(sessionId) + " " + Long.toUnsignedString(version) + " IN IP4 127.0.0.1";
        return this;
    }

    public SessionDescriptionBuilder attribute(String name, String value) {
        attributes.add(SdpLine.attribute(name, value));
        return this;
    }

    public SessionDescriptionBuilder iceLite() {
        return attribute("ice-lite", null);
    }

    public SessionDescriptionBuilder group(Group group) {
        return attribute(Group.NAME, group.sdpValue());
    }

    /** RFC 8285 §6: the writer accepts one-byte and two-byte extension elements in the same stream. */
    public SessionDescriptionBuilder extmapAllowMixed() {
        return attribute("extmap-allow-mixed", null);
    }

    public SessionDescriptionBuilder fingerprint(DtlsFingerprint fingerprint) {
        return attribute(DtlsFingerprint.NAME, fingerprint.sdpValue());
    }

    public SessionDescriptionBuilder media(MediaDescription section) {
        media.add(section);
        return this;
    }

    public SessionDescription build() {
        List<SdpLine> lines = new ArrayList<>();
        lines.add(new SdpLine('v', "0"));
        lines.add(new SdpLine('o', origin));
        lines.add(new SdpLine('s', "-"));
        lines.add(new SdpLine('t', "0 0"));
        lines.addAll(attributes);
        return new SessionDescription(lines, media);
    }
}
