package dev.parley.server.media;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.media.sfu.MediaServer;
import dev.parley.server.ApiClient;
import dev.parley.server.ParleyServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The media plane's meters on /actuator/prometheus, and the server's one MediaServer bound as the test properties say. */
@ParleyServerTest
class MediaMetricsTest {
    @LocalServerPort
    int port;

    @Autowired
    MediaServer mediaServer;

    @Test
    void prometheusShowsTrafficAndLiveObjectCounts() {
        ApiClient.Response response = new ApiClient(port).get("/actuator/prometheus", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains(
                "parley_media_packets_in_total", "parley_media_bytes_in_total",
                "parley_media_packets_out_total", "parley_media_bytes_out_total",
                "parley_media_routers", "parley_media_transports", "parley_media_producers", "parley_media_consumers");
    }

    @Test
    void theTestServerBindsAnEphemeralLoopbackPort() {
        // parley.media.port=0 in @ParleyServerTest: never the production default, so parallel runs do not collide.
        assertThat(mediaServer.port()).isPositive().isNotEqualTo(10000);
        assertThat(mediaServer.config().bind().getAddress().isLoopbackAddress()).isTrue();
    }
}
