package dev.parley.server.media;

import dev.parley.media.sfu.MediaConfig;
import dev.parley.media.sfu.MediaServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Starts the process's one MediaServer (binds the UDP port, makes the DTLS certificate) and closes it on shutdown. */
@Configuration(proxyBeanMethods = false)
class MediaServerConfig {
    private static final Logger log = LoggerFactory.getLogger(MediaServerConfig.class);

    @Bean(destroyMethod = "close")
    MediaServer mediaServer(MediaProperties properties) {
        MediaServer server = MediaServer.start(mediaConfig(properties));
        log.info("media server started udpPort={} tcpPort={} announced={}", server.port(), server.tcpPort(),
                properties.announcedAddresses());
        return server;
    }

    static MediaConfig mediaConfig(MediaProperties properties) {
        InetSocketAddress bind = properties.bindAddress().isBlank()
                ? new InetSocketAddress(properties.port())
                : new InetSocketAddress(address(properties.bindAddress(), "bind-address"), properties.port());
        List<InetAddress> announced = new ArrayList<>();
        for (String address : properties.announcedAddresses()) {
            announced.add(address(address, "announced-addresses"));
        }
        int tcpPort = properties.effectiveTcpPort();
        InetSocketAddress tcpBind = tcpPort < 0 ? null : new InetSocketAddress(bind.getAddress(), tcpPort);
        return new MediaConfig(bind, announced, properties.iceAllowedSources(), properties.consentTimeout(),
                properties.dtlsHandshakeTimeout(), tcpBind, properties.tcpMaxConnections());
    }

    /** Parses a configured literal address; a host name is resolved once, at start. */
    private static InetAddress address(String value, String key) {
        try {
            return InetAddress.getByName(value.trim());
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("parley.media." + key + ": '" + value + "' is not an address", e);
        }
    }
}
