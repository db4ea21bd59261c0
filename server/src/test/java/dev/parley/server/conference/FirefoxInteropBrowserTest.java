package dev.parley.server.conference;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.ParleyServerTest;
import dev.parley.server.browser.BrowserFixture;
import dev.parley.server.browser.FirefoxParticipant;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * A second real browser: Debian's Firefox ESR (headless, over WebDriver BiDi, {@link FirefoxParticipant}) and Chromium
 * (Playwright) in one meeting through the web UI decode each other's audio and video through the SFU, Chromium sees
 * Firefox's camera and microphone toggles, and Firefox leaves and rejoins with media flowing again.
 *
 * <p>Not covered: screen sharing from Firefox. Headless Firefox has no {@code getDisplayMedia} (NotFoundError); it would need a
 * headful Firefox under Xvfb.
 */
@ParleyServerTest
class FirefoxInteropBrowserTest {
    private static final Duration FLOWING_WITHIN = Duration.ofSeconds(15);

    @RegisterExtension
    static final BrowserFixture browser = new BrowserFixture();

    /** Chromium's side: "participantId/kind" → frames decoded (video) or samples received (audio). */
    private static final String CHROMIUM_IN = """
            async () => {
              const session = window.parley && window.parley.conference;
              if (!session || !session.recvPc) return {};
              const out = {};
              (await session.recvPc.getStats()).forEach((r) => {
                const track = r.type === 'inbound-rtp' && session.tracks[r.mid];
                if (!track) return;
                const key = track.participant_id + '/' + r.kind;
                out[key] = (out[key] || 0) + (r.kind === 'video' ? (r.framesDecoded || 0) : (r.totalSamplesReceived || 0));
              });
              return out;
            }""";

    @Test
    void firefoxAndChromiumSeeAndHearEachOtherThroughTogglesAndARejoin() throws InterruptedException {
        browser.requireFakeCamera();
        String conferenceId = "firefox-" + Integer.toHexString(ThreadLocalRandom.current().nextInt());
        String suffix = Integer.toHexString(ThreadLocalRandom.current().nextInt(1 << 20));
        // Firefox first: it is the slow one to start, and whoever waits alone should not wait long.
        try (FirefoxParticipant fox = FirefoxParticipant.join(browser.baseUrl(), conferenceId, "fox_" + suffix)) {
            MeetingPage ada = MeetingPage.open(CodecBrowserTest.patient(browser.newUserPage()), "ada_" + suffix, conferenceId)
                    .join();
            String foxId = fox.participantId();
            expectBothWays(ada, fox, foxId);
            assertThat(fox.inbound().path(ada.participantId() + "/video").path("codec").asString()).isEqualTo("video/VP8");
            browser.screenshot(ada.page, "chromium-sees-firefox");

            // Firefox turns its camera and microphone off: Chromium's tile says so; and back on: media flows again.
            fox.click("Turn off camera");
            assertThat(ada.tile(foxId)).hasAttribute("data-camera", "off");
            fox.click("Turn off microphone");
            assertThat(ada.tile(foxId)).hasAttribute("data-mic", "off");
            browser.screenshot(ada.page, "firefox-camera-and-mic-off");
            fox.click("Turn on camera");
            fox.click("Turn on microphone");
            assertThat(ada.tile(foxId)).hasAttribute("data-camera", "on");
            assertThat(ada.tile(foxId)).hasAttribute("data-mic", "on");
            expectBothWays(ada, fox, foxId);

            // Firefox leaves (its tile goes) and rejoins as a new participant: media flows both ways again.
            fox.click("Leave call");
            fox.waitLeft();
            assertThat(ada.tile(foxId)).hasCount(0);
            fox.click("Rejoin");
            fox.click("Join now");
            fox.waitConnected();
            String rejoined = fox.participantId();
            assertThat(rejoined).isNotEqualTo(foxId);
            assertThat(ada.tile(rejoined)).isVisible();
            expectBothWays(ada, fox, rejoined);
        }
    }

    /** Within {@link #FLOWING_WITHIN}: each side's video frames decoded and audio samples received from the other grow. */
    private static void expectBothWays(MeetingPage chromium, FirefoxParticipant firefox, String firefoxId)
            throws InterruptedException {
        String chromiumId = chromium.participantId();
        Supplier<Map<String, Long>> counters = () -> {
            Map<String, Long> now = new HashMap<>();
            @SuppressWarnings("unchecked")
            Map<String, Number> seen = (Map<String, Number>) chromium.page.evaluate(CHROMIUM_IN);
            for (String kind : new String[] {"video", "audio"}) {
                now.put("chromium<-firefox " + kind, seen.getOrDefault(firefoxId + "/" + kind, 0).longValue());
                JsonNode in = firefox.inbound().path(chromiumId + "/" + kind);
                now.put("firefox<-chromium " + kind, in.path(kind.equals("video") ? "frames" : "samples").asLong(0));
            }
            return now;
        };
        Map<String, Long> first = counters.get();
        Map<String, Long> now;
        long deadline = System.nanoTime() + FLOWING_WITHIN.toNanos();
        Map<String, String> stalled = new HashMap<>();
        do {
            Thread.sleep(500);
            now = counters.get();
            stalled.clear();
            for (Map.Entry<String, Long> e : now.entrySet()) {
                if (e.getValue() <= first.get(e.getKey())) {
                    stalled.put(e.getKey(), "stuck at " + e.getValue());
                }
            }
        } while (!stalled.isEmpty() && System.nanoTime() < deadline);
        assertThat(stalled).as("streams without progress after %s", FLOWING_WITHIN).isEmpty();
    }
}
