package dev.parley.media.transport.dtls;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * A certificate fingerprint as carried in SDP {@code a=fingerprint:sha-256 AB:CD:...} (RFC 8122 §5).
 *
 * @param algorithm hash function name as in SDP, lower case: sha-1, sha-224, sha-256, sha-384 or sha-512
 * @param value upper-case hex bytes separated by colons
 */
public record DtlsFingerprint(String algorithm, String value) {

    public DtlsFingerprint {
        algorithm = Objects.requireNonNull(algorithm, "algorithm").toLowerCase(Locale.ROOT);
        value = Objects.requireNonNull(value, "value").toUpperCase(Locale.ROOT);
    }

    /**
     * Parses the attribute value "sha-256 AB:CD:..."; null if it is not two space-separated tokens or the hash is
     * unknown (the text comes from a remote SDP).
     */
    public static DtlsFingerprint parse(String sdpValue) {
        if (sdpValue == null) {
            return null;
        }
        String[] parts = sdpValue.trim().split("\\s+");
        if (parts.length != 2 || javaName(parts[0]) == null) {
            return null;
        }
        return new DtlsFingerprint(parts[0], parts[1]);
    }

    /** The fingerprint of a DER-encoded certificate with the given hash. */
    public static DtlsFingerprint of(String algorithm, byte[] certificateDer) {
        String javaName = javaName(algorithm);
        if (javaName == null) {
            throw new IllegalArgumentException("unsupported fingerprint hash: " + algorithm);
        }
        try {
            byte[] digest = MessageDigest.getInstance(javaName).digest(certificateDer);
            return new DtlsFingerprint(algorithm, HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides " + javaName, e);
        }
    }

    /** True if {@code certificateDer} hashes to this fingerprint with this fingerprint's algorithm. */
    public boolean matches(byte[] certificateDer) {
        return javaName(algorithm) != null && of(algorithm, certificateDer).value.equals(value);
    }

    /** The SDP attribute value, "sha-256 AB:CD:...". */
    public String toSdp() {
        return algorithm + " " + value;
    }

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
