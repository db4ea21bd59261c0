package dev.parley.server.conference;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.parley.server.ParleyServerTest;
import dev.parley.server.browser.BrowserFixture;
import dev.parley.server.turn.Coturn;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Media through a real coturn: Parley hands each participant a time-limited TURN credential (parley.turn.*), both Chromium
 * pages force {@code iceTransportPolicy: 'relay'} (the localStorage switch of peer-session.js), so the only way their audio and
 * video can reach the SFU is an allocation coturn granted for that credential. Its own Spring context (the TURN settings differ
 * from the shared one's); coturn runs as a child process for this class (see {@link Coturn} for its test-only settings).
 */
@ParleyServerTest
class TurnRelayBrowserTest {
    private static final String SECRET = "relay-test-secret-" + Long.toHexString(ThreadLocalRandom.current().nextLong());
    private static Coturn coturn;

    @RegisterExtension
    static final BrowserFixture browser = new BrowserFixture();

    @DynamicPropertySource
    static void turnServer(DynamicPropertyRegistry registry) throws IOException, InterruptedException {
        coturn = Coturn.start(SECRET);
        registry.add("parley.turn.urls", coturn::url);
        registry.add("parley.turn.secret", () -> SECRET);
        // This context starts while other test JVMs load the machine: Sessions hashes a dummy password at start, which must
        // not time out in the hashing queue (seen at load average 30).
        registry.add("parley.password-hashing.queue-timeout", () -> "60s");
    }

    @AfterAll
    static void stopCoturn() {
        if (coturn != null) {
            coturn.close();
        }
    }

    @Test
    void audioAndVideoFlowThroughTheRelayWithTheCredentialsParleyHandsOut() throws InterruptedException {
        browser.requireFakeCamera();
        String conferenceId = "relay-" + Integer.toHexString(ThreadLocalRandom.current().nextInt());
        String suffix = Integer.toHexString(ThreadLocalRandom.current().nextInt(1 << 20));
        MeetingPage ada = MeetingPage.open(relayOnly(browser.newUserPage()), "ada_" + suffix, conferenceId).join();
        MeetingPage bob = MeetingPage.open(relayOnly(browser.newUserPage()), "bob_" + suffix, conferenceId).join();

        MediaPaths.expectMediaFlowing(List.of(ada, bob), Duration.ofSeconds(15));
        for (MeetingPage page : List.of(ada, bob)) {
            Map<String, String> pairs = MediaPaths.selectedPairs(page);
            assertThat(pairs).as("%s's selected candidate pairs; coturn log:%n%s", page.name, coturn.log())
                    .containsOnlyKeys("send", "recv")
                    .allSatisfy((connection, pair) -> assertThat(pair).startsWith("relay/udp -> host/udp"));
        }
    }

    /** The page keeps to relay candidates from its first script on. */
    private static Page relayOnly(Page page) {
        page.addInitScript("localStorage.setItem('parley.iceTransportPolicy', 'relay')");
        return MediaPaths.patient(page);
    }
}
