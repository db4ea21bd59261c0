package dev.parley.media.sfu;

import dev.parley.media.transport.TransportListener;
import dev.parley.media.transport.TransportStats;

/**
 * The part of one media-transport session (ICE-lite + DTLS + SRTP) a WebRtcTransport uses: send protected packets, read
 * counters, close. Production links wrap media-transport's session on the shared UDP port; core tests use an in-memory link.
 * Received packets and state changes come back through the media-transport {@link TransportListener} given to
 * {@link Factory#open}.
 */
interface MediaLink {
    /** SRTP-protects and sends an RTP packet; {@code buf} must have room for the auth tag after {@code off + len}. */
    void sendRtp(byte[] buf, int off, int len);

    /** SRTCP-protects and sends an RTCP compound packet; same buffer rule. */
    void sendRtcp(byte[] buf, int off, int len);

    TransportStats stats();

    void close();

    /** Opens links; one per WebRtcTransport.connect(). */
    interface Factory {
        /**
         * @param localUfrag  the server's ICE ufrag announced in SDP
         * @param localPwd    the server's ICE password
         * @param remoteUfrag the browser's ufrag
         * @param remotePwd   the browser's password
         * @param fingerprint the browser's certificate fingerprint as in SDP ("sha-256", "AB:CD:…")
         * @param listener    called on transport threads (reader, DTLS): must only post to the Router loop
         */
        MediaLink open(String localUfrag, String localPwd, String remoteUfrag, String remotePwd,
                       dev.parley.media.sfu.rtp.DtlsFingerprint fingerprint, TransportListener listener);

        /** The server's host candidates' port. */
        int port();

        /** The fingerprint of the server's DTLS certificate. */
        dev.parley.media.sfu.rtp.DtlsFingerprint localFingerprint();

        /** Endpoint-wide counters (every datagram of the port). */
        TransportStats endpointStats();

        void close();
    }
}
