package dev.parley.media.sfu;

import dev.parley.media.sfu.rtp.DtlsFingerprint;
import dev.parley.media.transport.TransportListener;
import dev.parley.media.transport.TransportStats;

/**
 * The part of one media-transport session (ICE-lite + DTLS + SRTP) a WebRtcTransport uses. Production links are media-transport
 * sessions on the shared UDP port ({@link TransportLinks}); core tests use in-memory links. Received packets and state changes
 * come back through the media-transport {@link TransportListener} given to {@link Factory#open}.
 */
interface MediaLink {
    /** The browser's ICE credentials and certificate fingerprint from its SDP: DTLS can start once they are known. */
    void setRemote(String remoteUfrag, String remotePwd, DtlsFingerprint fingerprint);

    /** SRTP-protects in place and sends an RTP packet; {@code buf} must have 20 free bytes after {@code off + len}. */
    void sendRtp(byte[] buf, int off, int len);

    /** SRTCP-protects in place and sends an RTCP compound packet; same buffer rule. */
    void sendRtcp(byte[] buf, int off, int len);

    TransportStats stats();

    void close();

    /** Opens links (one per WebRtcTransport) on one UDP port. */
    interface Factory {
        /**
         * A session that answers ICE checks for this local ufrag at once (the browser may check before its answer reached us).
         *
         * @param listener called on transport threads (UDP reader, DTLS): must only copy and post to the Router loop
         */
        MediaLink open(String localUfrag, String localPwd, TransportListener listener);

        /** The bound UDP port, for the host candidates. */
        int port();

        /** The fingerprint of the server's DTLS certificate, for the SDP. */
        DtlsFingerprint localFingerprint();

        /** Counters of the whole port (every datagram, every session's drops). */
        TransportStats endpointStats();

        void close();
    }
}
