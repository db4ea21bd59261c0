package dev.parley.server.conference;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.assertions.PlaywrightAssertions;
import dev.parley.server.ParleyServerTest;
import dev.parley.server.browser.BrowserFixture;
import dev.parley.server.screenshare.ScreenShares;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Screen sharing with real Chromium (its fake screen from getDisplayMedia): a share reaches the others as a third
 * video stream at the screen's resolution and switches their layout to the spotlight; a second presenter is refused by the
 * server; Stop and the browser's own "Stop sharing" (the track's ended event) both bring the grid back.
 */
@ParleyServerTest
class ScreenShareBrowserTest {
    /** The sharer's capture size as the browser reports it: [width, height]. */
    private static final String CAPTURED_SIZE =
            "() => { const s = window.parley.conference.senders.get('screen').track.getSettings(); return [s.width, s.height]; }";

    /** The recv connection's video inbound-rtp reports: source, decoded size and frames, per stream. */
    private static final String VIDEO_INBOUND = """
            async () => {
              const session = window.parley.conference;
              const out = [];
              (await session.recvPc.getStats()).forEach((r) => {
                if (r.type !== 'inbound-rtp' || r.kind !== 'video') return;
                const track = session.tracks[r.mid];
                out.push({ source: track ? track.source : 'unknown', width: r.frameWidth || 0,
                           height: r.frameHeight || 0, frames: r.framesDecoded || 0 });
              });
              return out;
            }""";

    /** Playwright's wait for clicks and assertions on these busy pages (ms). */
    private static final double SLOW_PAGE_MS = 40_000;

    @RegisterExtension
    static final BrowserFixture browser = new BrowserFixture();

    @Autowired
    ConferenceRegistry registry;

    @AfterEach
    void restoreAssertionTimeout() {
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000); // BrowserFixture's default
    }

    @Test
    void aSharedScreenIsSpotlightedForTheOthersAndOnlyOnePersonPresents() throws InterruptedException {
        browser.requireFakeCamera();
        String conferenceId = "screen-" + Integer.toHexString(ThreadLocalRandom.current().nextInt());
        String suffix = Integer.toHexString(ThreadLocalRandom.current().nextInt(1 << 20));
        MeetingPage ada = MeetingPage.open(browser.newUserPage(), "ada_" + suffix, conferenceId).join();
        MeetingPage bob = MeetingPage.open(browser.newUserPage(), "bob_" + suffix, conferenceId).join();
        MeetingPage cyd = MeetingPage.open(browser.newUserPage(), "cyd_" + suffix, conferenceId).join();
        Conference conference = registry.conference(conferenceId).orElseThrow();
        // Three pages encoding and decoding a 1080p screen on two shared cores: give clicks and checks room to breathe.
        for (MeetingPage page : List.of(ada, bob, cyd)) {
            page.page.setDefaultTimeout(SLOW_PAGE_MS);
        }
        PlaywrightAssertions.setDefaultAssertionTimeout(SLOW_PAGE_MS);
        assertThat(bob.page.locator(".conf")).hasAttribute("data-layout", "grid");

        // Ada shares: she sees the indicator; Bob's layout switches to the spotlight and decodes a third video stream
        // (two cameras + the screen) at the screen's own resolution.
        ada.button("Share screen").click();
        assertThat(ada.page.locator(".screen-indicator")).containsText("You are sharing your screen");
        assertThat(bob.page.locator(".conf")).hasAttribute("data-layout", "spotlight");
        assertThat(bob.page.locator(".screen-spotlight-item[data-participant-id='" + ada.participantId() + "']"))
                .containsText("is presenting");
        expectScreenDecoded(bob, ada);
        assertThat(ScreenShares.presenters(conference)).extracting(ConferenceEvent.ParticipantView::id)
                .containsExactly(ada.participantId());
        browser.screenshot(bob.page, "spotlight");
        browser.screenshot(ada.page, "sharer-indicator");
        bob.page.setViewportSize(BrowserFixture.PHONE_WIDTH, BrowserFixture.PHONE_HEIGHT);
        browser.screenshot(bob.page, "spotlight-phone");
        bob.page.setViewportSize(BrowserFixture.DESKTOP_WIDTH, BrowserFixture.DESKTOP_HEIGHT);

        // Cyd tries too: the server refuses (one presenter at a time) and her page says why; nothing of hers is published.
        cyd.button("Share screen").click();
        assertThat(cyd.page.locator(".screen-notice")).containsText("is already sharing their screen");
        assertThat(cyd.page.locator(".conf")).hasAttribute("data-sharing", "false");
        assertThat(ScreenShares.presenters(conference)).hasSize(1);

        // Ada stops with the indicator's button: everyone's grid returns and the server holds no screen Producer.
        ada.page.locator(".screen-indicator").getByText("Stop sharing").click();
        assertThat(bob.page.locator(".conf")).hasAttribute("data-layout", "grid");
        assertThat(cyd.page.locator(".conf")).hasAttribute("data-layout", "grid");
        assertThat(ada.page.locator(".conf")).hasAttribute("data-sharing", "false");
        assertThat(ScreenShares.presenters(conference)).isEmpty();

        // Now Cyd may present; the browser's own "Stop sharing" control ends the capture track, which ends her share.
        cyd.button("Share screen").click();
        assertThat(bob.page.locator(".conf")).hasAttribute("data-layout", "spotlight");
        expectScreenDecoded(bob, cyd);
        cyd.page.evaluate("() => window.parley.conference.senders.get('screen').track.dispatchEvent(new Event('ended'))");
        assertThat(bob.page.locator(".conf")).hasAttribute("data-layout", "grid");
        assertThat(cyd.page.locator(".conf")).hasAttribute("data-sharing", "false");
        assertThat(ScreenShares.presenters(conference)).isEmpty();

        // The host stops someone else's share: Bob may not (he is not the host), Ada (the first joiner hosts an ad-hoc room)
        // may; Cyd's capture ends and everyone's grid returns.
        cyd.button("Share screen").click();
        assertThat(bob.page.locator(".conf")).hasAttribute("data-layout", "spotlight");
        assertThat(stopShare(bob, cyd.participantId())).isEqualTo("not_host");
        assertThat(ScreenShares.presenters(conference)).hasSize(1);
        assertThat(stopShare(ada, cyd.participantId())).isEqualTo("ok");
        assertThat(bob.page.locator(".conf")).hasAttribute("data-layout", "grid");
        assertThat(cyd.page.locator(".conf")).hasAttribute("data-sharing", "false");
        assertThat(ScreenShares.presenters(conference)).isEmpty();
    }

    /** Sends stop_screen_share from {@code actor}'s page; "ok" or the error code. */
    private static String stopShare(MeetingPage actor, String sharerId) {
        return (String) actor.page.evaluate("""
                async (id) => {
                  try {
                    await window.parley.conference.signaling.request('stop_screen_share', { participant_id: id });
                    return 'ok';
                  } catch (error) {
                    return error.code || String(error);
                  }
                }""", sharerId);
    }

    /**
     * Within 10 s: the viewer decodes three video streams, and the screen's frames keep coming at the size the sharer
     * captures (larger than a camera's: nothing was scaled down on the way).
     */
    private static void expectScreenDecoded(MeetingPage viewer, MeetingPage sharer) throws InterruptedException {
        @SuppressWarnings("unchecked")
        List<Number> size = (List<Number>) sharer.page.evaluate(CAPTURED_SIZE);
        long width = size.get(0).longValue();
        long height = size.get(1).longValue();
        assertThat(width).as("captured screen width").isGreaterThan(320);
        long deadline = System.nanoTime() + 10_000_000_000L;
        long firstFrames = -1;
        List<Map<String, Object>> videos;
        while (true) {
            videos = videoInbound(viewer);
            Map<String, Object> screen = videos.stream().filter(v -> "screen".equals(v.get("source"))).findFirst().orElse(null);
            if (screen != null && number(screen, "width") == width && number(screen, "height") == height) {
                long frames = number(screen, "frames");
                if (firstFrames < 0) {
                    firstFrames = frames;
                } else if (frames > firstFrames && videos.size() >= 3) {
                    return;
                }
            }
            if (System.nanoTime() > deadline) {
                break;
            }
            Thread.sleep(250);
        }
        throw new AssertionError(viewer.name + " does not decode " + sharer.name + "'s " + width + "x" + height
                + " screen as a third video stream; video inbound-rtp: " + videos);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> videoInbound(MeetingPage page) {
        return (List<Map<String, Object>>) page.page.evaluate(VIDEO_INBOUND);
    }

    private static long number(Map<String, Object> row, String key) {
        return ((Number) row.get(key)).longValue();
    }
}
