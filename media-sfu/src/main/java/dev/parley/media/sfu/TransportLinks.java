package dev.parley.media.sfu;

import dev.parley.media.sfu.rtp.DtlsFingerprint;
import dev.parley.media.transport.TransportListener;
import dev.parley.media.transport.TransportSession;
import dev.parley.media.transport.TransportStats;
import dev.parley.media.transport.UdpEndpoint;
import dev.parley.media.transport.UdpEndpointConfig;
import dev.parley.media.transport.ice.CidrRange;
import dev.parley.media.transport.ice.IceParameters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The production {@link MediaLink.Factory}: media-transport's {@link UdpEndpoint} on the configured port, one
 * {@link TransportSession} per WebRtcTransport.
 */
final class TransportLinks implements MediaLink.Factory {
    private final UdpEndpoint endpoint;
    private final DtlsFingerprint fingerprint;

    private TransportLinks(UdpEndpoint endpoint) {
        this.endpoint = endpoint;
        var own = endpoint.certificate().fingerprint();
        this.fingerprint = new DtlsFingerprint(own.algorithm(), own.value());
    }

    /** Binds the port from the media config (allowed ICE sources empty = any). */
    static TransportLinks open(MediaConfig config) {
        List<CidrRange> sources = config.iceAllowedSources().isEmpty()
                ? CidrRange.ANY : config.iceAllowedSources().stream().map(CidrRange::parse).toList();
        UdpEndpointConfig endpointConfig = UdpEndpointConfig.defaults()
                .withBindAddress(config.bind())
                .withAllowedIceSources(sources)
                .withConsentTimeout(config.consentTimeout())
                .withDtlsTimeout(config.dtlsHandshakeTimeout());
        try {
            return new TransportLinks(UdpEndpoint.open(endpointConfig));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind the media port " + config.bind(), e);
        }
    }

    @Override
    public MediaLink open(String localUfrag, String localPwd, TransportListener listener) {
        TransportSession session = endpoint.createSession(new IceParameters(localUfrag, localPwd), null, null, listener);
        return new SessionLink(session);
    }

    @Override
    public int port() {
        return endpoint.localAddress().getPort();
    }

    @Override
    public DtlsFingerprint localFingerprint() {
        return fingerprint;
    }

    @Override
    public TransportStats endpointStats() {
        return endpoint.stats();
    }

    @Override
    public void close() {
        endpoint.close();
    }

    /** One session as a MediaLink: a plain delegation, so the SFU depends on four methods, not on the session's whole API. */
    private record SessionLink(TransportSession session) implements MediaLink {
        @Override
        public void setRemote(String remoteUfrag, String remotePwd, DtlsFingerprint remoteFingerprint) {
            session.setRemoteParameters(new IceParameters(remoteUfrag, remotePwd),
                    new dev.parley.media.transport.dtls.DtlsFingerprint(remoteFingerprint.algorithm(),
                            remoteFingerprint.value()));
        }

        @Override
        public void sendRtp(byte[] buf, int off, int len) {
            session.sendRtp(buf, off, len);
        }

        @Override
        public void sendRtcp(byte[] buf, int off, int len) {
            session.sendRtcp(buf, off, len);
        }

        @Override
        public TransportStats stats() {
            return session.stats();
        }

        @Override
        public void close() {
            session.close();
        }
    }
}
