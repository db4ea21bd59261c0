package dev.parley.server.conference;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.media.sfu.MediaServer;
import dev.parley.server.ParleyServerTest;
import dev.parley.server.browser.BrowserFixture;
import dev.parley.server.browser.NoUdpNamespace;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * ICE over TCP (RFC 6544 passive candidates, RFC 4571 framing) with real Chromium on a network that blocks UDP: the browser runs
 * in a network namespace that reaches the server only through forwarded TCP ports (the web app's and the media TCP port), so
 * its checks to the UDP candidate go nowhere and it must connect to the passive TCP candidate. Audio and video decode both ways
 * and the selected candidate pair of both connections is TCP.
 */
@ParleyServerTest
class IceTcpBrowserTest {
    @RegisterExtension
    @Order(1)
    static final NoUdpNamespace network = new NoUdpNamespace();

    @RegisterExtension
    @Order(2)
    static final BrowserFixture browser = new BrowserFixture(network::chromium);

    @Autowired
    MediaServer media;

    @LocalServerPort
    int httpPort;

    @Test
    void withUdpBlockedTheBrowserConnectsOverTcpAndDecodesVideo() throws Exception {
        browser.requireFakeCamera();
        assertThat(media.tcpPort()).as("ICE-TCP port of the shared test server").isPositive();
        network.forwardTcp(httpPort);
        network.forwardTcp(media.tcpPort());
        String conferenceId = "tcp-" + Integer.toHexString(ThreadLocalRandom.current().nextInt());
        String suffix = Integer.toHexString(ThreadLocalRandom.current().nextInt(1 << 20));
        MeetingPage ada = MeetingPage.open(MediaPaths.patient(browser.newUserPage()), "ada_" + suffix, conferenceId).join();
        MeetingPage bob = MeetingPage.open(MediaPaths.patient(browser.newUserPage()), "bob_" + suffix, conferenceId).join();

        MediaPaths.expectMediaFlowing(List.of(ada, bob), Duration.ofSeconds(15));
        for (MeetingPage page : List.of(ada, bob)) {
            Map<String, String> pairs = MediaPaths.selectedPairs(page);
            assertThat(pairs).as("%s's selected candidate pairs", page.name).containsOnlyKeys("send", "recv")
                    .allSatisfy((connection, pair) -> assertThat(pair).endsWith("/tcp -> host/tcp:" + media.tcpPort()));
        }
    }
}
