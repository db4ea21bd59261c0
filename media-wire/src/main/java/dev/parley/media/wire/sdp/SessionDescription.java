package dev.parley.media.wire.sdp;

import java.util.ArrayList;
import java.util.List;

/**
 * A parsed session description (RFC 8866): the session-level lines ({@code v=}, {@code o=}, {@code s=}, {@code t=}, session
 * attributes) in order, then the media sections. {@link #toString()} writes it back with CRLF line ends, so an unchanged
 * description round-trips line for line.
 */
public record SessionDescription(List<SdpLine> lines, List<MediaDescription> media) implements Attributes {
    public SessionDescription {
        lines = List.copyOf(lines);
        media = List.copyOf(media);
    }

    /**
     * Parses SDP text from a browser (CRLF or LF line ends).
     *
     * @throws SdpParseException with the 1-based line number when the text is malformed or exceeds the limits in
     *     {@link SdpParser}
     */
    public static SessionDescription parse(String sdp) throws SdpParseException {
        return SdpParser.parse(sdp);
    }

    public static SessionDescriptionBuilder builder() {
        return new SessionDescriptionBuilder();
    }

    /** RFC 8839 §5.3: the peer is an ICE-lite implementation. */
    public boolean iceLite() {
        return hasAttribute("ice-lite");
    }

    public List<Group> groups() {
        List<Group> groups = new ArrayList<>();
        for (String value : attributes(Group.NAME)) {
            Group group = Group.parse(value);
            if (group != null) {
                groups.add(group);
            }
        }
        return groups;
    }

    /** The mids of the first BUNDLE group (RFC 9143), empty when there is none. */
    public List<String> bundleMids() {
        for (Group group : groups()) {
            if (group.semantics().equals(Group.BUNDLE)) {
                return group.mids();
            }
        }
        return List.of();
    }

    /** The media section with this mid, or null. */
    public MediaDescription mediaByMid(String mid) {
        for (MediaDescription m : media) {
            if (mid.equals(m.mid())) {
                return m;
            }
        }
        return null;
    }

    /** The section's ice-ufrag, else the session-level one. */
    public String iceUfragFor(MediaDescription m) {
        return m.iceUfrag() != null ? m.iceUfrag() : iceUfrag();
    }

    /** The section's ice-pwd, else the session-level one. */
    public String icePwdFor(MediaDescription m) {
        return m.icePwd() != null ? m.icePwd() : icePwd();
    }

    /** The section's fingerprint, else the session-level one. */
    public DtlsFingerprint fingerprintFor(MediaDescription m) {
        return m.fingerprint() != null ? m.fingerprint() : fingerprint();
    }

    /** The section's setup role, else the session-level one. */
    public String setupFor(MediaDescription m) {
        return m.setup() != null ? m.setup() : setup();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(4096);
        for (SdpLine line : lines) {
            sb.append(line).append("\r\n");
        }
        for (MediaDescription m : media) {
            sb.append(m);
        }
        return sb.toString();
    }
}
