package dev.parley.server.conference;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.assertions.LocatorAssertions;
import dev.parley.server.ParleyServerTest;
import dev.parley.server.browser.BrowserFixture;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Reconnection that keeps the seat, in real Chromium pages (issue 12): a dropped signaling socket and then a page reload
 * give the same participant id back, with the raised hand and the host's soft mute; the other side saw "reconnecting" on
 * the tile and never a leave or a second join, and media flows again.
 */
@ParleyServerTest
class ReconnectBrowserTest {
    @RegisterExtension
    static final BrowserFixture browser = new BrowserFixture();

    /** Generous: the first negotiation on a loaded CI machine is not what this test measures. */
    private static final Duration FIRST_MEDIA_WITHIN = Duration.ofSeconds(20);
    /** After a resume on the same connections no renegotiation is needed; after a reload both connections are new. */
    private static final Duration MEDIA_BACK_WITHIN = Duration.ofSeconds(10);

    @Autowired
    ConferenceRegistry registry;

    /** Records every signaling message type the page receives, for "never a leave" checks. */
    private static final String RECORD_EVENTS = """
            () => {
              window.seenEvents = [];
              window.parley.conference.signaling.on('*', (m) => window.seenEvents.push(
                  m.type + ':' + (m.participant_id || (m.participant && m.participant.id) || '')));
            }""";

    @Test
    void aDroppedSocketAndAReloadKeepTheSeatTheHandAndTheMute() throws InterruptedException {
        browser.requireFakeCamera();
        String conferenceId = "resume-" + Integer.toHexString(ThreadLocalRandom.current().nextInt());
        String suffix = Integer.toHexString(ThreadLocalRandom.current().nextInt(1 << 20));
        MeetingPage dan = MeetingPage.open(browser.newUserPage(), "dan_" + suffix, conferenceId).join();
        MeetingPage eva = MeetingPage.open(browser.newUserPage(), "eva_" + suffix, conferenceId).join();
        String evaId = eva.participantId();
        MediaChecks.expectFlowing(List.of(dan, eva), FIRST_MEDIA_WITHIN, List.of("video", "audio"));
        dan.page.evaluate(RECORD_EVENTS);
        eva.page.evaluate("() => window.parley.conference.signaling.request('raise_hand')");
        dan.page.evaluate("(id) => window.parley.conference.signaling.request('mute_participant', {participant_id: id})",
                evaId);
        assertThat(dan.tile(evaId)).hasAttribute("data-mic", "off");

        // 1. The network drops eva's socket: the seat waits, eva resumes it with her connections.
        eva.page.evaluate("() => window.parley.conference.signaling.socket.close(4000, 'network drop')");
        eva.expectConnected();
        assertThat(eva.participantId()).isEqualTo(evaId);
        expectSeatKept(dan, eva, evaId);

        // 2. eva reloads the page and joins again from the green room: the same seat, with new connections.
        eva.page.reload();
        assertThat(dan.tile(evaId)).hasAttribute("data-connection", "reconnecting");
        for (int width : new int[] {360, 768, 1280}) {
            dan.page.setViewportSize(width, width < 768 ? 780 : 800);
            browser.screenshot(dan.page, "tile-reconnecting-" + width);
        }
        eva.join();
        assertThat(eva.participantId()).isEqualTo(evaId);
        assertThat(dan.tile(evaId)).hasAttribute("data-connection", "ok");
        expectSeatKept(dan, eva, evaId);
        assertThat(eva.button("Turn on microphone")).isVisible();
    }

    private void expectSeatKept(MeetingPage dan, MeetingPage eva, String evaId) throws InterruptedException {
        MediaChecks.expectVideoFlowing(List.of(dan, eva), MEDIA_BACK_WITHIN);
        assertThat(dan.tile(evaId)).hasCount(1);
        assertThat(dan.tile(evaId)).hasAttribute("data-mic", "off",
                new LocatorAssertions.HasAttributeOptions().setTimeout(10_000));
        assertThat(eva.page.locator(".mod-hand-btn")).hasAttribute("aria-label", "Lower hand");
        @SuppressWarnings("unchecked")
        List<String> seen = (List<String>) dan.page.evaluate("() => window.seenEvents");
        assertThat(seen).contains("participant_reconnecting:" + evaId, "participant_reconnected:" + evaId)
                .doesNotContain("participant_left:" + evaId, "participant_joined:" + evaId);
        assertThat(registry.conference(dan.page.url().replaceAll(".*/c/", "")).orElseThrow().participants())
                .extracting(ConferenceEvent.ParticipantView::id).containsExactlyInAnyOrder(dan.participantId(), evaId);
    }
}
