package dev.parley.media.transport.dtls;

/** Why a DTLS association ended without (or after) producing keys. */
public enum DtlsFailure {
    /** The client certificate does not hash to the SDP fingerprint. */
    FINGERPRINT_MISMATCH,
    /** No complete handshake within the timeout. */
    TIMEOUT,
    /** Any other handshake error: alert, protocol violation, no common SRTP profile. */
    FAILED,
    /** After the handshake the peer sent close_notify or a fatal alert. */
    PEER_CLOSED,
}
