package dev.parley.media.sfu.rtp;

/** An RFC 8122 certificate fingerprint as it appears in SDP: algorithm ("sha-256") and colon-separated upper-case hex. */
public record DtlsFingerprint(String algorithm, String value) {
}
