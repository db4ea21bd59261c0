package dev.parley.media.wire.sdp;

import java.util.ArrayList;
import java.util.List;

/**
 * Attribute lookups shared by the session level and media sections: both are an ordered list of lines, and ICE/DTLS attributes
 * may appear at either level (Firefox writes the fingerprint at session level, Chromium per m-section).
 */
public interface Attributes {
    /** The lines of this level in order (for a media section: without the m= line). */
    List<SdpLine> lines();

    /** The value of the first {@code a=name}: "" for a flag attribute, null when absent. */
    default String attribute(String name) {
        for (SdpLine line : lines()) {
            if (line.isAttribute() && line.attributeName().equals(name)) {
                String value = line.attributeValue();
                return value == null ? "" : value;
            }
        }
        return null;
    }

    /** The values of every {@code a=name}, in order ("" for flags). */
    default List<String> attributes(String name) {
        List<String> values = new ArrayList<>();
        for (SdpLine line : lines()) {
            if (line.isAttribute() && line.attributeName().equals(name)) {
                String value = line.attributeValue();
                values.add(value == null ? "" : value);
            }
        }
        return values;
    }

    default boolean hasAttribute(String name) {
        return attribute(name) != null;
    }

    /** RFC 8839 §5.4 ice-ufrag, or null. */
    default String iceUfrag() {
        return attribute("ice-ufrag");
    }

    /** RFC 8839 §5.4 ice-pwd, or null. */
    default String icePwd() {
        return attribute("ice-pwd");
    }

    /** RFC 8839 §5.6 ice-options tokens such as "trickle", empty when absent. */
    default List<String> iceOptions() {
        String value = attribute("ice-options");
        return value == null ? List.of() : List.of(Tokens.words(value));
    }

    /** The first well-formed DTLS fingerprint, or null. */
    default DtlsFingerprint fingerprint() {
        for (String value : attributes(DtlsFingerprint.NAME)) {
            DtlsFingerprint fingerprint = DtlsFingerprint.parse(value);
            if (fingerprint != null) {
                return fingerprint;
            }
        }
        return null;
    }

    /** RFC 8842 §5.2 setup role: "actpass", "active", "passive" (or "holdconn"), or null. */
    default String setup() {
        return attribute("setup");
    }
}
