package dev.parley.server.conference;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.parley.media.sfu.ProducerStats;
import dev.parley.server.ParleyServerTest;
import dev.parley.server.browser.BrowserFixture;
import java.time.Duration;
import java.util.HashMap;
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
    /** The bound: media from both others must be flowing this soon. */
    private static final Duration MEDIA_FLOWING_WITHIN = Duration.ofSeconds(5);

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

    @Test
    void aDroppedSignalingSocketReconnectsRejoinsAndMediaFlowsAgain() throws InterruptedException {
        browser.requireFakeCamera();
        String conferenceId = "reconnect-" + Integer.toHexString(ThreadLocalRandom.current().nextInt());
        String suffix = Integer.toHexString(ThreadLocalRandom.current().nextInt(1 << 20));
        MeetingPage dan = MeetingPage.open(browser.newUserPage(), "dan_" + suffix, conferenceId).join();
        MeetingPage eva = MeetingPage.open(browser.newUserPage(), "eva_" + suffix, conferenceId).join();
        expectMediaFlowing(List.of(dan, eva));
        String before = eva.participantId();

        // The network drops eva's socket (not a leave): the server removes her, the client reconnects with backoff,
        // says hello again, rejoins as a new participant and negotiates both connections from scratch.
        eva.page.evaluate("() => window.parley.conference.signaling.socket.close(4000, 'network drop')");
        assertThat(eva.page.locator(".conf-state")).hasAttribute("data-state", "reconnecting");
        eva.expectConnected();

        assertThat(eva.participantId()).isNotEqualTo(before);
        assertThat(dan.tile(before)).hasCount(0);
        assertThat(dan.tile(eva.participantId())).isVisible();
        expectMediaFlowing(List.of(dan, eva));
        assertThat(registry.conference(conferenceId).orElseThrow().consumersByParticipant())
                .containsOnlyKeys(dan.participantId(), eva.participantId());
    }

    /**
     * Within {@link #MEDIA_FLOWING_WITHIN}, every page's recv connection shows, for each other participant, a video stream
     * whose framesDecoded grows and an audio stream whose packetsReceived grows.
     */
    private static void expectMediaFlowing(List<MeetingPage> pages) throws InterruptedException {
        long deadline = System.nanoTime() + MEDIA_FLOWING_WITHIN.toNanos();
        Map<MeetingPage, Map<String, Long>> first = new HashMap<>();
        for (MeetingPage page : pages) {
            first.put(page, counters(page));
        }
        Map<String, String> missing;
        do {
            Thread.sleep(250);
            missing = new HashMap<>();
            for (MeetingPage page : pages) {
                Map<String, Long> now = counters(page);
                for (MeetingPage other : pages) {
                    if (other == page) {
                        continue;
                    }
                    for (String kind : List.of("video", "audio")) {
                        String key = other.participantId() + "/" + kind;
                        if (now.getOrDefault(key, 0L) <= first.get(page).getOrDefault(key, 0L)) {
                            missing.put(page.name + "<-" + other.name + " " + kind, "not increasing: " + now.get(key));
                        }
                    }
                }
            }
        } while (!missing.isEmpty() && System.nanoTime() < deadline);
        assertThat(missing).as("streams without progress after %s", MEDIA_FLOWING_WITHIN).isEmpty();
    }

    /** participantId/video → framesDecoded, participantId/audio → packetsReceived (summed if a mid was recycled). */
    private static Map<String, Long> counters(MeetingPage page) {
        Map<String, Long> result = new HashMap<>();
        for (MeetingPage.Inbound inbound : page.inbound()) {
            long value = "video".equals(inbound.kind()) ? inbound.framesDecoded() : inbound.packetsReceived();
            result.merge(inbound.participantId() + "/" + inbound.kind(), value, Long::sum);
        }
        return result;
    }

    private static long producerPackets(Conference conference, String producerId) {
        return conference.stats().producers().stream().filter(p -> p.id().equals(producerId))
                .mapToLong(ProducerStats::packets).findFirst()
                .orElseThrow(() -> new AssertionError("no Producer " + producerId + " on the server"));
    }
}
