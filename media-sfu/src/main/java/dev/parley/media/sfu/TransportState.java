package dev.parley.media.sfu;

/**
 * Life cycle of a WebRtcTransport: NEW until {@code connect()}, CONNECTING while ICE/DTLS run, CONNECTED once SRTP keys exist,
 * FAILED (DTLS failure, fingerprint mismatch, consent expiry) or CLOSED (closed by the owner). FAILED and CLOSED are final.
 */
public enum TransportState {
    NEW, CONNECTING, CONNECTED, FAILED, CLOSED;

    public boolean isFinal() {
        return this == FAILED || this == CLOSED;
    }
}
