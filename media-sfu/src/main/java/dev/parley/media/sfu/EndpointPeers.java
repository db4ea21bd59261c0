package dev.parley.media.sfu;

import dev.parley.media.transport.TrafficStats;
import dev.parley.media.transport.UdpEndpoint;
import dev.parley.media.transport.UdpEndpointConfig;
import dev.parley.media.transport.UdpPeer;
import dev.parley.media.transport.ice.CidrRange;
import dev.parley.media.transport.ice.IceParameters;
import dev.parley.media.wire.sdp.DtlsFingerprint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.List;

/**
 * The production {@link UdpPeers}: media-transport's {@link UdpEndpoint} on the configured port, one UdpPeer per
 * WebRtcTransport.
 */
final class EndpointPeers implements UdpPeers {
    private final UdpEndpoint endpoint;

    private EndpointPeers(UdpEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    /** Binds the port from the media config (allowed ICE sources empty = any). */
    static EndpointPeers open(MediaConfig config) {
        List<CidrRange> sources = config.iceAllowedSources().isEmpty()
                ? CidrRange.ANY : config.iceAllowedSources().stream().map(CidrRange::parse).toList();
        UdpEndpointConfig endpointConfig = UdpEndpointConfig.defaults()
                .withBindAddress(config.bind())
                .withAllowedIceSources(sources)
                .withConsentTimeout(config.consentTimeout())
                .withDtlsTimeout(config.dtlsHandshakeTimeout());
        UdpEndpoint endpoint;
        try {
            endpoint = UdpEndpoint.open(endpointConfig);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind the media port " + config.bind(), e);
        }
        if (config.tcpBind() != null) {
            try {
                endpoint.openTcp(config.tcpBind(), config.tcpMaxConnections());
            } catch (IOException e) {
                endpoint.close();
                throw new UncheckedIOException("cannot bind the media TCP port " + config.tcpBind(), e);
            }
        }
        return new EndpointPeers(endpoint);
    }

    @Override
    public Peer open(IceParameters local, UdpPeer.Listener listener) {
        return new Adapter(endpoint.createPeer(local, null, null, listener));
    }

    @Override
    public int port() {
        return endpoint.localAddress().getPort();
    }

    @Override
    public int tcpPort() {
        InetSocketAddress tcp = endpoint.tcpAddress();
        return tcp == null ? -1 : tcp.getPort();
    }

    @Override
    public DtlsFingerprint localFingerprint() {
        return endpoint.certificate().fingerprint();
    }

    @Override
    public TrafficStats stats() {
        return endpoint.stats();
    }

    @Override
    public void close() {
        endpoint.close();
    }

    /** A plain delegation, so the SFU depends on four methods of the UdpPeer, not on its whole API. */
    private record Adapter(UdpPeer peer) implements Peer {
        @Override
        public void setRemote(IceParameters remote, DtlsFingerprint fingerprint) {
            peer.setRemoteParameters(remote, fingerprint);
        }

        @Override
        public void sendRtp(byte[] buf, int off, int len) {
            peer.sendRtp(buf, off, len);
        }

        @Override
        public void sendRtcp(byte[] buf, int off, int len) {
            peer.sendRtcp(buf, off, len);
        }

        @Override
        public TrafficStats stats() {
            return peer.stats();
        }

        @Override
        public void close() {
            peer.close();
        }
    }
}
