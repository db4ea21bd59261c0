package dev.parley.media.wire.sdp;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * {@code a=fingerprint:<hash-func> <hex:hex:...>} (RFC 8122 §5): the hash of the DTLS certificate a peer will present. The one
 * type for it in every module: parsed from a browser's SDP here, checked against the browser's certificate by media-transport's
 * DTLS handshake, and written into the server's SDP by media-sfu.
 *
 * @param algorithm hash function name as in SDP, lower case (e.g. "sha-256")
 * @param value     upper-case colon-separated hex bytes, as browsers write them
 */
public record DtlsFingerprint(String algorithm, String value) {
    public static final String NAME = "fingerprint";

    public DtlsFingerprint {
        algorithm = Objects.requireNonNull(algorithm, "algorithm").toLowerCase(Locale.ROOT);
        value = Objects.requireNonNull(value, "value").toUpperCase(Locale.ROOT);
    }

    /**
     * Parses the attribute value "sha-256 AB:CD:..."; null when it is not a token and colon-separated hex bytes (the text comes
     * from a remote SDP). An unknown hash function parses (so callers can say which one they got) but never {@link #matches}.
     */
    public static DtlsFingerprint parse(String value) {
        if (value == null) {
            return null;
        }
        String[] words = Tokens.words(value);
        if (words.length != 2 || !Tokens.isToken(words[0]) || !Tokens.isHexBytes(words[1])) {
            return null;
        }
        return new DtlsFingerprint(words[0], words[1]);
    }

    /** A fingerprint from the raw digest bytes. */
    public static DtlsFingerprint ofDigest(String algorithm, byte[] digest) {
        return new DtlsFingerprint(algorithm, HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest));
    }

    /** The fingerprint of a DER-encoded certificate with the given hash ("sha-256"). */
    public static DtlsFingerprint ofCertificate(String algorithm, byte[] certificateDer) {
        String javaName = javaName(algorithm);
        if (javaName == null) {
            throw new IllegalArgumentException("unsupported fingerprint hash: " + algorithm);
        }
        try {
            return ofDigest(algorithm, MessageDigest.getInstance(javaName).digest(certificateDer));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides " + javaName, e);
        }
    }

    /** True if {@code certificateDer} hashes to this fingerprint with this fingerprint's (known) algorithm. */
    public boolean matches(byte[] certificateDer) {
        return javaName(algorithm) != null && ofCertificate(algorithm, certificateDer).value.equals(value);
    }

    /** The digest bytes. */
    public byte[] bytes() {
        return HexFormat.ofDelimiter(":").parseHex(value);
    }

    /** The SDP attribute value, "sha-256 AB:CD:...". */
    public String sdpValue() {
        return algorithm + " " + value;
    }

    /** The JCA name of an RFC 8122 hash function, null when unknown. */
    private static String javaName(String sdpName) {
        return switch (sdpName.toLowerCase(Locale.ROOT)) {
            case "sha-1" -> "SHA-1";
            case "sha-224" -> "SHA-224";
            case "sha-256" -> "SHA-256";
            case "sha-384" -> "SHA-384";
            case "sha-512" -> "SHA-512";
            default -> null;
        };
    }
}
