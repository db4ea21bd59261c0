package dev.parley.media.transport;

/** Why a {@link UdpPeer} ended; handed to {@link UdpPeer.Listener#onClosed(CloseReason)}. */
public enum CloseReason {
    /** {@link UdpPeer#close()} was called. */
    LOCAL_CLOSE,
    /** The endpoint (the UDP port) was closed. */
    ENDPOINT_CLOSED,
    /** No valid ICE check arrived within the consent timeout after the peer was created. */
    ICE_TIMEOUT,
    /** Checks stopped for longer than the consent timeout (RFC 7675 consent freshness). */
    ICE_CONSENT_EXPIRED,
    /** The peer's certificate does not match the fingerprint from its SDP (RFC 8122 §5). */
    DTLS_FINGERPRINT_MISMATCH,
    /** The handshake did not finish within the DTLS timeout. */
    DTLS_TIMEOUT,
    /** The handshake failed (alert, no common SRTP profile, protocol error). */
    DTLS_FAILED,
    /** The peer sent close_notify or a fatal alert after the handshake. */
    DTLS_CLOSED,
}
