package dev.parley.media.sfu;

import dev.parley.media.transport.TrafficStats;
import dev.parley.media.transport.UdpPeer;
import dev.parley.media.transport.ice.IceParameters;
import dev.parley.media.wire.sdp.DtlsFingerprint;

/**
 * Where WebRtcTransports get their {@link UdpPeer}s: media-transport's UdpEndpoint on the configured port in production
 * ({@link EndpointPeers}), in-memory peers in core tests. The SFU depends on this much of the packet layer and no more.
 */
interface UdpPeers {
    /**
     * A peer that answers ICE checks for these local credentials at once (the browser may check before its answer reached us).
     *
     * @param listener called on transport threads (UDP reader, DTLS): must only copy and post to the Router loop
     */
    Peer open(IceParameters local, UdpPeer.Listener listener);

    /** The bound UDP port, for the host candidates. */
    int port();

    /** The bound ICE-TCP port for the passive candidates, or -1 when ICE over TCP is off. */
    default int tcpPort() {
        return -1;
    }

    /** The fingerprint of the server's DTLS certificate, for the SDP. */
    DtlsFingerprint localFingerprint();

    /** Counters of the whole port (every datagram, every peer's drops). */
    TrafficStats stats();

    void close();

    /** The part of one {@link UdpPeer} a WebRtcTransport uses. */
    interface Peer {
        /** The browser's ICE credentials and certificate fingerprint from its SDP: DTLS can start once they are known. */
        void setRemote(IceParameters remote, DtlsFingerprint fingerprint);

        /**
         * SRTP-protects in place and sends an RTP packet; {@code buf} must have {@link UdpPeer#SRTP_OVERHEAD} free bytes
         * after it.
         */
        void sendRtp(byte[] buf, int off, int len);

        /** SRTCP-protects in place and sends an RTCP compound packet; same buffer rule. */
        void sendRtcp(byte[] buf, int off, int len);

        TrafficStats stats();

        void close();
    }
}
