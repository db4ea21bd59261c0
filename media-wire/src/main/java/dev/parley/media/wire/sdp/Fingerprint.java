package dev.parley.media.wire.sdp;

import java.util.HexFormat;
import java.util.Locale;

/**
 * {@code a=fingerprint:<hash-func> <hex:hex:...>} (RFC 8122 §5): the hash of the DTLS certificate the peer will present.
 *
 * @param algorithm hash function name, lower case (e.g. "sha-256")
 * @param hex       upper-case colon-separated hex bytes, as browsers write them
 */
public record Fingerprint(String algorithm, String hex) {
    public static final String NAME = "fingerprint";

    /** Null when the value is not "algorithm XX:XX:...". */
    public static Fingerprint parse(String value) {
        String[] words = Tokens.words(value);
        if (words.length != 2 || !Tokens.isToken(words[0]) || !Tokens.isHexBytes(words[1])) {
            return null;
        }
        return new Fingerprint(words[0].toLowerCase(Locale.ROOT), words[1].toUpperCase(Locale.ROOT));
    }

    /** A fingerprint from the raw digest bytes. */
    public static Fingerprint of(String algorithm, byte[] digest) {
        return new Fingerprint(algorithm.toLowerCase(Locale.ROOT), HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest));
    }

    /** The digest bytes. */
    public byte[] bytes() {
        return HexFormat.ofDelimiter(":").parseHex(hex);
    }

    public String sdpValue() {
        return algorithm + " " + hex;
    }
}
