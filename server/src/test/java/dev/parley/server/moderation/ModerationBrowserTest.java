package dev.parley.server.moderation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Page;
import dev.parley.media.sfu.ProducerStats;
import dev.parley.server.ParleyServerTest;
import dev.parley.server.browser.BrowserFixture;
import dev.parley.server.conference.Conference;
import dev.parley.server.conference.ConferenceRegistry;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Host controls with real Chromium participants through the SFU: the host mutes bob (the SFU stops counting his audio
 * packets, his page says "muted by host"), cyd's raised hand and reaction reach the others, bob's host-only request is
 * refused, and the host removes cyd, who is disconnected and cannot rejoin.
 */
@ParleyServerTest
class ModerationBrowserTest {
    @RegisterExtension
    static final BrowserFixture browser = new BrowserFixture();

    @Autowired
    ConferenceRegistry registry;

    @Test
    void theHostMutesRemovesAndEveryoneSeesHandsAndReactions() throws InterruptedException {
        browser.requireFakeCamera();
        String conferenceId = "mod-" + Integer.toHexString(ThreadLocalRandom.current().nextInt());
        String suffix = Integer.toHexString(ThreadLocalRandom.current().nextInt(1 << 20));
        CallPage ada = CallPage.join(browser.newUserPage(), "ada_" + suffix, conferenceId);
        CallPage bob = CallPage.join(browser.newUserPage(), "bob_" + suffix, conferenceId);
        CallPage cyd = CallPage.join(browser.newUserPage(), "cyd_" + suffix, conferenceId);
        Conference conference = registry.conference(conferenceId).orElseThrow();
        String adaId = ada.participantId();
        String bobId = bob.participantId();
        String cydId = cyd.participantId();

        // The first joiner hosts: her panel lists everyone with the host's buttons.
        assertThat(ada.button("Participants")).isEnabled();
        ada.button("Participants").click();
        assertThat(ada.page.locator(".mod-row[data-participant-id='" + bobId + "']")).isVisible();
        assertThat(ada.button("Mute " + bob.name)).isVisible();

        // Mute: bob's audio Producer is paused at once and his browser stops sending.
        String bobMic = bob.producerId("audio");
        long before = packets(conference, bobMic);
        Thread.sleep(500);
        assertThat(packets(conference, bobMic)).as("bob's audio flows before the mute").isGreaterThan(before);
        ada.button("Mute " + bob.name).click();
        assertThat(bob.page.locator(".mod-notice")).containsText("muted by host");
        assertThat(bob.page.locator(".conf")).hasAttribute("data-muted-by-host", "soft");
        assertThat(bob.button("Turn on microphone")).isVisible();
        assertThat(ada.tile(bobId)).hasAttribute("data-mic", "off");
        assertThat(cyd.tile(bobId)).hasAttribute("data-mic", "off");
        assertThat(stats(conference, bobMic).paused()).isTrue();
        Thread.sleep(500); // packets already in flight
        long muted = packets(conference, bobMic);
        Thread.sleep(1500);
        assertThat(packets(conference, bobMic)).as("bob's audio packets after the host muted him").isEqualTo(muted);
        browser.screenshot(bob.page, "muted-by-host");

        // Controls from someone who is not host are refused by the server.
        assertThat(bob.request("mute_participant", Map.of("participant_id", adaId))).isEqualTo("not_host");
        assertThat(bob.request("remove_participant", Map.of("participant_id", cydId))).isEqualTo("not_host");

        // A hard mute: bob's own unmute is refused by the server until the host allows it.
        ada.page.getByLabel("Hard mute (they cannot unmute)").check();
        ada.button("Mute " + bob.name).click();
        assertThat(bob.page.locator(".conf")).hasAttribute("data-muted-by-host", "hard");
        assertThat(bob.button("Turn on microphone")).isDisabled();
        assertThat(bob.request("resume_producer", Map.of("producer_id", bobMic))).isEqualTo("hard_muted");
        // A modified client cannot sidestep the hard mute by publishing its microphone again as a new Producer.
        String republished = (String) bob.page.evaluate("""
                async () => {
                  const session = window.parley.conference;
                  const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
                  const track = stream.getAudioTracks()[0];
                  const transceiver = session.sendPc.addTransceiver(track, { direction: 'sendonly', streams: [stream] });
                  session.senders.set('second-microphone', { transceiver, track, source: 'microphone' });
                  await session.publish();
                  return session.senders.get('second-microphone').producerId;
                }""");
        assertThat(republished).isNotNull().isNotEqualTo(bobMic);
        assertThat(stats(conference, republished).paused()).as("a re-published microphone of a hard-muted person").isTrue();
        ada.button("Allow " + bob.name + " to unmute").click();
        assertThat(bob.button("Turn on microphone")).isEnabled();
        assertThat(stats(conference, bobMic).paused()).as("allowing is not unmuting").isTrue();

        // Raise hand and react: both visible on the other pages' tiles of cyd.
        cyd.button("Raise hand").click();
        assertThat(ada.tile(cydId).locator(".mod-hand")).hasText("1");
        assertThat(bob.tile(cydId).locator(".mod-hand")).hasText("1");
        assertThat(cyd.button("Lower hand")).isVisible();
        cyd.button("Reactions").click();
        cyd.button("React 👏").click();
        assertThat(ada.tile(cydId).locator(".mod-reaction")).hasText("👏");
        assertThat(bob.tile(cydId).locator(".mod-reaction")).hasText("👏");
        assertThat(ada.page.locator(".mod-row[data-participant-id='" + cydId + "']")).containsText("Hand raised (#1)");
        browser.screenshot(ada.page, "participant-panel");

        // Remove: cyd is disconnected, the others lose her tile, and she cannot come back.
        ada.button("Remove " + cyd.name).click();
        assertThat(cyd.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName("You were removed from this meeting"))).isVisible();
        assertThat(ada.tile(cydId)).hasCount(0);
        assertThat(bob.tile(cydId)).hasCount(0);
        assertThat(conference.hasParticipant(cydId)).isFalse();
        assertThat(cyd.page.evaluate("() => window.parley.conference.signaling.state")).isEqualTo("closed");
        browser.screenshot(cyd.page, "removed");
        cyd.open(conferenceId);
        assertThat(cyd.page.locator(".conf-state")).hasAttribute("data-state", "failed");
        assertThat(cyd.page.locator(".conf-state")).containsText("The host removed you");
        assertThat(conference.participants()).hasSize(2);
    }

    private static ProducerStats stats(Conference conference, String producerId) {
        return conference.stats().producers().stream().filter(p -> p.id().equals(producerId)).findFirst()
                .orElseThrow(() -> new AssertionError("no Producer " + producerId + " on the server"));
    }

    private static long packets(Conference conference, String producerId) {
        return stats(conference, producerId).packets();
    }
}
