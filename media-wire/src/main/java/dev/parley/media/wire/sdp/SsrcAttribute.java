package dev.parley.media.wire.sdp;

/**
 * {@code a=ssrc:<ssrc> <attribute>[:<value>]} (RFC 5576 §4.1), e.g. {@code a=ssrc:1234 cname:abc}.
 *
 * @param value null for a flag attribute
 */
public record SsrcAttribute(long ssrc, String attribute, String value) {
    public static final String NAME = "ssrc";

    public static SsrcAttribute parse(String value) {
        String trimmed = value.strip();
        int space = trimmed.indexOf(' ');
        long ssrc = Tokens.parseLong(space < 0 ? trimmed : trimmed.substring(0, space), 0xFFFF_FFFFL);
        if (ssrc < 0 || space < 0) {
            return null;
        }
        String rest = trimmed.substring(space + 1).strip();
        int colon = rest.indexOf(':');
        String name = colon < 0 ? rest : rest.substring(0, colon);
        if (!Tokens.isToken(name)) {
            return null;
        }
        return new SsrcAttribute(ssrc, name, colon < 0 ? null : rest.substring(colon + 1));
    }

    public String sdpValue() {
        return ssrc + " " + attribute + (value == null ? "" : ":" + value);
    }
}
