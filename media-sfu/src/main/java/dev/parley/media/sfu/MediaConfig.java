package dev.parley.media.sfu;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The media plane's settings (decision 0002 §5).
 *
 * @param bind                 the one UDP socket every peer uses (default 0.0.0.0:10000; tests bind port 0)
 * @param announcedAddresses   addresses put into SDP host candidates (behind NAT: the public address); empty = every address of
 *                             every up, non-loopback interface at start
 * @param iceAllowedSources    CIDRs ICE checks may come from ("127.0.0.0/8", "::1/128"); empty = any source
 * @param consentTimeout       a transport without a valid ICE check for this long is closed (RFC 7675 §5.1 suggests 30 s)
 * @param dtlsHandshakeTimeout a DTLS handshake not finished after this long fails the transport
 * @param tcpBind              where ICE over TCP listens (RFC 6544 passive candidates, for networks that block UDP); null = off
 * @param tcpMaxConnections    ICE-TCP connections open at once; more are refused
 */
public record MediaConfig(InetSocketAddress bind, List<InetAddress> announcedAddresses, List<String> iceAllowedSources,
                          Duration consentTimeout, Duration dtlsHandshakeTimeout, InetSocketAddress tcpBind,
                          int tcpMaxConnections) {
    public static final int DEFAULT_PORT = 10000;
    public static final int DEFAULT_TCP_MAX_CONNECTIONS = 256;

    /** UDP only. */
    public MediaConfig(InetSocketAddress bind, List<InetAddress> announcedAddresses, List<String> iceAllowedSources,
                       Duration consentTimeout, Duration dtlsHandshakeTimeout) {
        this(bind, announcedAddresses, iceAllowedSources, consentTimeout, dtlsHandshakeTimeout, null,
                DEFAULT_TCP_MAX_CONNECTIONS);
    }

    public MediaConfig {
        if (tcpMaxConnections < 1) {
            throw new IllegalArgumentException("tcpMaxConnections must be positive, got " + tcpMaxConnections);
        }
        announcedAddresses = List.copyOf(announcedAddresses);
        iceAllowedSources = List.copyOf(iceAllowedSources);
        if (consentTimeout.isNegative() || consentTimeout.isZero()) {
            throw new IllegalArgumentException("consentTimeout must be positive, got " + consentTimeout);
        }
        if (dtlsHandshakeTimeout.isNegative() || dtlsHandshakeTimeout.isZero()) {
            throw new IllegalArgumentException("dtlsHandshakeTimeout must be positive, got " + dtlsHandshakeTimeout);
        }
    }

    /** 0.0.0.0:10000, interface addresses announced, checks from anywhere, 30 s consent, 10 s DTLS handshake. */
    public static MediaConfig defaults() {
        return new MediaConfig(new InetSocketAddress(DEFAULT_PORT), List.of(), List.of(),
                Duration.ofSeconds(30), Duration.ofSeconds(10));
    }

    /** Loopback only, ephemeral port: what tests use (TESTING.md "KEEP MEDIA ON LOOPBACK"). */
    public static MediaConfig loopback() {
        InetAddress lo = InetAddress.getLoopbackAddress();
        return new MediaConfig(new InetSocketAddress(lo, 0), List.of(lo), List.of("127.0.0.0/8", "::1/128"),
                Duration.ofSeconds(30), Duration.ofSeconds(10));
    }

    /** The same settings with ICE over TCP on {@code tcpBind} (null = off). */
    public MediaConfig withTcp(InetSocketAddress tcpBind, int tcpMaxConnections) {
        return new MediaConfig(bind, announcedAddresses, iceAllowedSources, consentTimeout, dtlsHandshakeTimeout, tcpBind,
                tcpMaxConnections);
    }

    /** The addresses to announce: the configured ones, else the machine's up, non-loopback interface addresses (IPv4 first). */
    public List<InetAddress> effectiveAnnouncedAddresses() {
        if (!announcedAddresses.isEmpty()) {
            return announcedAddresses;
        }
        List<InetAddress> found = new ArrayList<>();
        try {
            for (NetworkInterface nif : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (!nif.isUp() || nif.isLoopback()) {
                    continue;
                }
                for (InetAddress a : Collections.list(nif.getInetAddresses())) {
                    if (!a.isLinkLocalAddress()) {
                        found.add(a);
                    }
                }
            }
        } catch (SocketException e) {
            // no interface list: fall through to loopback
        }
        found.sort((a, b) -> Boolean.compare(!(a instanceof Inet4Address), !(b instanceof Inet4Address)));
        return found.isEmpty() ? List.of(InetAddress.getLoopbackAddress()) : List.copyOf(found);
    }
}
