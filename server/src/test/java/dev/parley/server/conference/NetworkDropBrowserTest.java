package dev.parley.server.conference;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import dev.parley.server.ParleyServerTest;
import dev.parley.server.browser.BrowserFixture;
import dev.parley.server.browser.ChromiumFlags;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 12's proof: a Chromium whose network drops. eva's browser runs in a network namespace ({@link VethNamespace}); the
 * server's media port is on the host side of the veth, dan's browser on the host. eva's link goes down for 5 s and comes
 * back: media flows again both ways within 3 s, eva is still one participant with the same id, her raised hand and the
 * host's mute kept.
 */
@ParleyServerTest
class NetworkDropBrowserTest {
    /** Made before the Spring context, which binds the media port to the veth's host side. */
    private static final VethNamespace NAMESPACE = VethNamespace.create();
    private static final Duration LINK_DOWN = Duration.ofSeconds(5);
    private static final Duration MEDIA_BACK_WITHIN = Duration.ofSeconds(3);

    @RegisterExtension
    static final BrowserFixture browser = new BrowserFixture();

    @Autowired
    ConferenceRegistry registry;
    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void mediaOnTheVeth(DynamicPropertyRegistry properties) {
        properties.add("parley.media.bind-address", () -> VethNamespace.HOST_ADDRESS);
        properties.add("parley.media.announced-addresses", () -> VethNamespace.HOST_ADDRESS);
        properties.add("parley.media.ice-allowed-sources", () -> "10.231.77.0/24");
    }

    @AfterAll
    static void removeNamespace() {
        NAMESPACE.close();
    }

    @Test
    void aFiveSecondLinkDropBringsMediaBackWithinThreeSecondsInTheSameSeat() throws InterruptedException {
        Optional<java.nio.file.Path> camera = Optional.of(browser.requireFakeCamera());
        String origin = "http://" + VethNamespace.HOST_ADDRESS + ":" + port;
        List<String> flags = new ArrayList<>(ChromiumFlags.forTests(camera));
        // getUserMedia needs a secure context; this plain-HTTP origin on the veth is one for this browser only.
        flags.add("--unsafely-treat-insecure-origin-as-secure=" + origin);
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             Browser namespaced = playwright.chromium().launch(new BrowserType.LaunchOptions()
                     .setExecutablePath(NAMESPACE.chromiumLauncher()).setHeadless(true).setArgs(flags))) {
            BrowserContext context = namespaced.newContext(new Browser.NewContextOptions().setBaseURL(origin)
                    .setViewportSize(BrowserFixture.DESKTOP_WIDTH, BrowserFixture.DESKTOP_HEIGHT));
            context.setDefaultTimeout(20_000);
            String conferenceId = "netdrop-" + Integer.toHexString(ThreadLocalRandom.current().nextInt());
            String suffix = Integer.toHexString(ThreadLocalRandom.current().nextInt(1 << 20));
            MeetingPage dan = MeetingPage.open(browser.newUserPage(), "dan_" + suffix, conferenceId).join();
            MeetingPage eva = MeetingPage.open(context.newPage(), "eva_" + suffix, conferenceId).join();
            String evaId = eva.participantId();
            // Generous: the first negotiation on a loaded machine is not what this test measures.
            MediaChecks.expectFlowing(List.of(dan, eva), Duration.ofSeconds(20), List.of("video", "audio"));
            eva.page.evaluate("() => window.parley.conference.signaling.request('raise_hand')");
            dan.page.evaluate("(id) => window.parley.conference.signaling.request('mute_participant', {participant_id: id})",
                    evaId);
            assertThat(dan.tile(evaId)).hasAttribute("data-mic", "off");

            NAMESPACE.browserLink(false);
            Thread.sleep(LINK_DOWN.toMillis());
            NAMESPACE.browserLink(true);
            long back = System.nanoTime();
            MediaChecks.expectVideoFlowing(List.of(dan, eva), MEDIA_BACK_WITHIN);
            System.out.printf("media back %d ms after the link came back%n", (System.nanoTime() - back) / 1_000_000);

            assertThat(eva.participantId()).isEqualTo(evaId);
            assertThat(dan.tile(evaId)).hasCount(1);
            assertThat(registry.conference(conferenceId).orElseThrow().participants())
                    .extracting(ConferenceEvent.ParticipantView::id).containsExactlyInAnyOrder(dan.participantId(), evaId);
            assertThat(dan.tile(evaId)).hasAttribute("data-mic", "off",
                    new LocatorAssertions.HasAttributeOptions().setTimeout(10_000));
            assertThat(eva.page.locator(".mod-hand-btn")).hasAttribute("aria-label", "Lower hand");
            eva.expectConnected();
        }
    }
}
