package dev.parley.server.conference;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.parley.media.sfu.ProducerStats;
import dev.parley.server.ParleyServerTest;
import dev.parley.server.browser.BrowserFixture;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The media plane's proof with real Chromium participants (fake 320x180 y4m camera, fake microphone) through our SFU on
 * loopback: everyone sees and hears everyone, leaving and rejoining, camera off, microphone mute.
 */
@ParleyServerTest
class ConferenceBrowserTest {
    @RegisterExtension
    static final BrowserFixture browser = new BrowserFixture();

    @Autowired
    ConferenceRegistry registry;

    @Test
    void threeParticipantsSeeAndHearEachOtherThroughTheSfu() throws InterruptedException {
        browser.requireFakeCamera();
        String conferenceId = "proof-" + Integer.toHexString(ThreadLocalRandom.current().nextInt());
        String suffix = Integer.toHexString(ThreadLocalRandom.current().nextInt(1 << 20));
        MeetingPage ada = MeetingPage.open(browser.newUserPage(), "ada_" + suffix, conferenceId);
        assertThat(ada.page.locator(".conf-lobby .conf-tile")).hasAttribute("data-camera", "on");
        browser.screenshot(ada.page, "green-room");
        ada.page.setViewportSize(BrowserFixture.PHONE_WIDTH, BrowserFixture.PHONE_HEIGHT);
        browser.screenshot(ada.page, "green-room-phone");
        ada.page.setViewportSize(BrowserFixture.DESKTOP_WIDTH, BrowserFixture.DESKTOP_HEIGHT);
        ada.join();
        browser.screenshot(ada.page, "alone");
        MeetingPage bob = MeetingPage.open(browser.newUserPage(), "bob_" + suffix, conferenceId).join();
        MeetingPage cyd = MeetingPage.open(browser.newUserPage(), "cyd_" + suffix, conferenceId).join();
        List<MeetingPage> all = List.of(ada, bob, cyd);

        expectMediaFlowing(all);
        for (MeetingPage page : all) {
            for (MeetingPage other : all) {
                if (other != page) {
                    assertThat(page.tile(other.participantId())).isVisible();
                }
            }
        }
        browser.screenshot(ada.page, "three-people");
        ada.page.setViewportSize(BrowserFixture.PHONE_WIDTH, BrowserFixture.PHONE_HEIGHT);
        browser.screenshot(ada.page, "three-people-phone");
        ada.page.setViewportSize(BrowserFixture.DESKTOP_WIDTH, BrowserFixture.DESKTOP_HEIGHT);

        // One leaves: the others' tile and every server-side Consumer of that participant disappear.
        String cydId = cyd.participantId();
        cyd.leave();
        assertThat(ada.tile(cydId)).hasCount(0);
        assertThat(bob.tile(cydId)).hasCount(0);
        Conference conference = registry.conference(conferenceId).orElseThrow();
        Map<String, List<String>> consumers = conference.consumersByParticipant();
        assertThat(consumers).containsOnlyKeys(ada.participantId(), bob.participantId());
        // Each of the two now receives only the other's microphone and camera.
        assertThat(consumers.values()).allSatisfy(ids -> assertThat(ids).hasSize(2));
        assertThat(conference.stats().consumers()).hasSize(4);

        // It rejoins: media flows again, both ways.
        cyd.rejoin();
        expectMediaFlowing(all);

        // Camera off: the others see the initials placeholder instead of video.
        ada.button("Turn off camera").click();
        for (MeetingPage other : List.of(bob, cyd)) {
            assertThat(other.tile(ada.participantId())).hasAttribute("data-camera", "off");
            assertThat(other.tile(ada.participantId()).locator(".conf-tile-placeholder .avatar")).isVisible();
        }
        browser.screenshot(bob.page, "camera-off");

        // Mic mute: the server stops receiving that participant's audio packets.
        String micProducer = ada.producerId("audio");
        long beforeMute = producerPackets(conference, micProducer);
        Thread.sleep(500);
        assertThat(producerPackets(conference, micProducer)).as("audio flows before mute").isGreaterThan(beforeMute);
        ada.button("Turn off microphone").click();
        for (MeetingPage other : List.of(bob, cyd)) {
            assertThat(other.tile(ada.participantId())).hasAttribute("data-mic", "off");
        }
        Thread.sleep(500); // packets already in flight
        long muted = producerPackets(conference, micProducer);
        Thread.sleep(1500);
        assertThat(producerPackets(conference, micProducer)).as("audio packets after mute").isEqualTo(muted);

        // And back: unmute and camera on restart both streams for the others.
        ada.button("Turn on microphone").click();
        ada.button("Turn on camera").click();
        for (MeetingPage other : List.of(bob, cyd)) {
            assertThat(other.tile(ada.participantId())).hasAttribute("data-camera", "on");
            assertThat(other.tile(ada.participantId())).hasAttribute("data-mic", "on");
        }
        expectMediaFlowing(all);
        assertThat(producerPackets(conference, micProducer)).as("audio packets after unmute").isGreaterThan(muted);
    }

    /** See {@link MediaChecks#expectFlowing}; a dropped socket keeps the seat: {@link ReconnectBrowserTest}. */
    private static void expectMediaFlowing(List<MeetingPage> pages) throws InterruptedException {
        MediaChecks.expectFlowing(pages);
    }

    private static long producerPackets(Conference conference, String producerId) {
        return conference.stats().producers().stream().filter(p -> p.id().equals(producerId))
                .mapToLong(ProducerStats::packets).findFirst()
                .orElseThrow(() -> new AssertionError("no Producer " + producerId + " on the server"));
    }
}
