package dev.parley.server.media;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code parley.media.*} settings (docs/decisions/0002 §5); the commented reference is {@code application.yaml}.
 *
 * @param port                 the one UDP port every participant's media uses; 0 picks a free port (tests)
 * @param bindAddress          the local address the port binds to; empty = every interface
 * @param announcedAddresses   addresses put into SDP host candidates, e.g. the public address behind NAT; empty = the machine's
 *                             interface addresses
 * @param iceAllowedSources    CIDRs ICE checks may come from (e.g. 10.0.0.0/8); empty = any source
 * @param consentTimeout       a connection without ICE consent checks for this long is closed (RFC 7675 §5.1: 30 s),
 *                             counted from its negotiation (a never-negotiated one is never closed for silence)
 * @param dtlsHandshakeTimeout a DTLS handshake not finished after this long fails the connection
 * @param tcpPort              the ICE-over-TCP port (RFC 6544 passive candidates) for networks that block UDP, on the same
 *                             bind address; unset = the same number as {@code port} (so a free one when that is 0); -1 = off
 * @param tcpMaxConnections    ICE-TCP connections open at once; more are refused (each holds ~66 KiB)
 */
@ConfigurationProperties("parley.media")
public record MediaProperties(
        @DefaultValue("10000") int port,
        @DefaultValue("") String bindAddress,
        @DefaultValue List<String> announcedAddresses,
        @DefaultValue List<String> iceAllowedSources,
        @DefaultValue("30s") Duration consentTimeout,
        @DefaultValue("10s") Duration dtlsHandshakeTimeout,
        Integer tcpPort,
        @DefaultValue("256") int tcpMaxConnections) {

    public MediaProperties {
        if (tcpPort != null && (tcpPort < -1 || tcpPort > 65535)) {
            throw new IllegalArgumentException("parley.media.tcp-port must be -1 (off), 0 (a free port) or a port, got " + tcpPort);
        }
        if (tcpMaxConnections < 1) {
            throw new IllegalArgumentException("parley.media.tcp-max-connections must be positive, got " + tcpMaxConnections);
        }
    }

    /** The ICE-TCP port to bind: the configured one, else the UDP port's number; -1 = off. */
    public int effectiveTcpPort() {
        return tcpPort == null ? port : tcpPort;
    }
}
