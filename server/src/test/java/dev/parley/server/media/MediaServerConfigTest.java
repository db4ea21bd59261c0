package dev.parley.server.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.media.sfu.MediaConfig;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class MediaServerConfigTest {
    @Test
    void mapsEverySettingOntoTheMediaConfig() throws Exception {
        MediaConfig config = MediaServerConfig.mediaConfig(new MediaProperties(10001, "127.0.0.1",
                List.of("203.0.113.7", "::1"), List.of("10.0.0.0/8"), Duration.ofSeconds(20), Duration.ofSeconds(4), 10443, 7));

        assertThat(config.bind().getPort()).isEqualTo(10001);
        assertThat(config.bind().getAddress()).isEqualTo(InetAddress.getByName("127.0.0.1"));
        assertThat(config.announcedAddresses()).containsExactly(InetAddress.getByName("203.0.113.7"),
                InetAddress.getByName("::1"));
        assertThat(config.iceAllowedSources()).containsExactly("10.0.0.0/8");
        assertThat(config.consentTimeout()).isEqualTo(Duration.ofSeconds(20));
        assertThat(config.dtlsHandshakeTimeout()).isEqualTo(Duration.ofSeconds(4));
        assertThat(config.tcpBind()).isEqualTo(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 10443));
        assertThat(config.tcpMaxConnections()).isEqualTo(7);
    }

    @Test
    void iceOverTcpFollowsTheUdpPortUnlessSetAndMinusOneTurnsItOff() {
        assertThat(MediaServerConfig.mediaConfig(properties(10000, null)).tcpBind().getPort()).isEqualTo(10000);
        assertThat(MediaServerConfig.mediaConfig(properties(0, null)).tcpBind().getPort()).isZero();
        assertThat(MediaServerConfig.mediaConfig(properties(10000, 443)).tcpBind().getPort()).isEqualTo(443);
        assertThat(MediaServerConfig.mediaConfig(properties(10000, -1)).tcpBind()).isNull();
        assertThatThrownBy(() -> properties(10000, -2)).hasMessageContaining("parley.media.tcp-port");
    }

    private static MediaProperties properties(int port, Integer tcpPort) {
        return new MediaProperties(port, "", List.of(), List.of(), Duration.ofSeconds(30), Duration.ofSeconds(10), tcpPort, 256);
    }

    @Test
    void anEmptyBindAddressMeansEveryInterface() {
        MediaConfig config = MediaServerConfig.mediaConfig(new MediaProperties(10000, "", List.of(), List.of(),
                Duration.ofSeconds(30), Duration.ofSeconds(10), null, 256));

        assertThat(config.bind().getAddress().isAnyLocalAddress()).isTrue();
        assertThat(config.announcedAddresses()).isEmpty();
    }

    @Test
    void aMalformedAddressNamesTheSetting() {
        assertThatThrownBy(() -> MediaServerConfig.mediaConfig(new MediaProperties(10000, "", List.of("not an address!"),
                List.of(), Duration.ofSeconds(30), Duration.ofSeconds(10), null, 256)))
                .hasMessageContaining("parley.media.announced-addresses");
    }
}
