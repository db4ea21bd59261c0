package dev.parley.media.transport;

/**
 * What a {@link TransportSession} reports to its owner (the SFU's WebRtcTransport).
 *
 * <p>{@link #onRtp} and {@link #onRtcp} run on the endpoint's single UDP reader thread and hand over views into the
 * reader's reused buffer: the bytes are valid only during the call. Copy what you keep, post work to your own event loop,
 * never block. {@link #onConnected} runs on the DTLS thread, {@link #onClosed} on whichever thread closed the session.
 */
public interface TransportListener {

    /** ICE has a selected address and DTLS finished: SRTP keys are in place, {@code send*} works from now on. */
    void onConnected();

    /** A decrypted, authenticated RTP packet at {@code buf[off, off + len)}. */
    void onRtp(byte[] buf, int off, int len);

    /** A decrypted, authenticated RTCP compound packet at {@code buf[off, off + len)}. */
    void onRtcp(byte[] buf, int off, int len);

    /** The session ended; called exactly once. */
    void onClosed(CloseReason reason);
}
