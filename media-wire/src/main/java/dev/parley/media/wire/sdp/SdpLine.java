package dev.parley.media.wire.sdp;

/**
 * One {@code <type>=<value>} line (RFC 8866 §5). Attribute lines ({@code a=}) split their value into a name and an optional
 * value at the first colon (§5.13): {@code a=rtcp-mux} is a flag, {@code a=mid:0} has the value "0".
 */
public record SdpLine(char type, String value) {
    public SdpLine {
        if (type < 'a' || type > 'z' || value == null || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("SDP line needs a letter type and a single-line value");
        }
    }

    /** An {@code a=name:value} line, or {@code a=name} when {@code value} is null. */
    public static SdpLine attribute(String name, String value) {
        return new SdpLine('a', value == null ? name : name + ":" + value);
    }

    public boolean isAttribute() {
        return type == 'a';
    }

    /** For an attribute line, the part before the first colon. */
    public String attributeName() {
        int colon = value.indexOf(':');
        return colon < 0 ? value : value.substring(0, colon);
    }

    /** For an attribute line, the part after the first colon, or null for a flag attribute. */
    public String attributeValue() {
        int colon = value.indexOf(':');
        return colon < 0 ? null : value.substring(colon + 1);
    }

    @Override
    public String toString() {
        return type + "=" + value;
    }
}
