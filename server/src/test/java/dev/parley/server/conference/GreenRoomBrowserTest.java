package dev.parley.server.conference;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import dev.parley.media.sfu.ProducerStats;
import dev.parley.server.ParleyServerTest;
import dev.parley.server.browser.BrowserFixture;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The green room and devices with real Chromium: joining muted and with the camera off, the device pickers and the memory
 * of a choice, switching camera during the call (replaceTrack: video keeps flowing, no rejoin), and a person who blocked
 * camera and microphone reading why and joining receive-only. Chromium lists three generated fake cameras here, and
 * camera/microphone permission is given per person (a blocked person is a context without it).
 */
@ParleyServerTest
class GreenRoomBrowserTest {
    private static final Duration VIDEO_FLOWING_WITHIN = Duration.ofSeconds(10);
    /**
     * Chromium's fake cameras: fake_device_1 is a depth camera (Y16 frames), which plays in a video element but which the
     * WebRTC encoder never encodes (measured: framesEncoded stops after replaceTrack); fake_device_2 is a colour one.
     */
    private static final String OTHER_CAMERA = "fake_device_2";

    @RegisterExtension
    static final BrowserFixture browser = BrowserFixture.withMediaPermissionPerPerson(3);

    @Autowired
    ConferenceRegistry registry;

    @Test
    void joiningMutedWithTheCameraOffFromTheGreenRoomIsWhatTheOthersSee() {
        String room = room("muted");
        MeetingPage ada = MeetingPage.open(browser.newUserPage(), user("ada"), room);
        Locator preview = ada.page.locator(".green-room .conf-tile");
        assertThat(preview).hasAttribute("data-camera", "on");
        // The microphone level moves with the fake microphone's beeps (the meter starts on the page's first click).
        ada.page.locator(".gr-title").click();
        expectLevelAbove(ada.page, 0);
        ada.button("Turn off microphone").click();
        ada.button("Turn off camera").click();
        assertThat(preview).hasAttribute("data-camera", "off");
        assertThat(preview).hasAttribute("data-mic", "off");
        assertThat(ada.page.locator(".green-room .level-meter")).hasAttribute("data-level", "0");
        ada.join();

        MeetingPage bob = MeetingPage.open(browser.newUserPage(), user("bob"), room).join();
        assertThat(bob.tile(ada.participantId())).hasAttribute("data-mic", "off");
        assertThat(bob.tile(ada.participantId())).hasAttribute("data-camera", "off");
        // Ada's own bar tells the same truth: pressing the buttons turns them on.
        assertThat(ada.button("Turn on microphone")).hasAttribute("aria-pressed", "true");
        ada.button("Turn on camera").click();
        assertThat(bob.tile(ada.participantId())).hasAttribute("data-camera", "on");
        assertThat(bob.tile(ada.participantId())).hasAttribute("data-mic", "off");
    }

    @Test
    void theDeviceListIsShownAndAChoiceIsRememberedAcrossAReload() {
        MeetingPage cyd = MeetingPage.open(browser.newUserPage(), user("cyd"), room("pick"));
        Locator camera = cyd.page.getByLabel("Camera", new Page.GetByLabelOptions().setExact(true));
        Locator microphone = cyd.page.getByLabel("Microphone", new Page.GetByLabelOptions().setExact(true));
        assertThat(camera.locator("option")).hasText(new String[] {"fake_device_0", "fake_device_1", OTHER_CAMERA});
        assertThat(microphone.locator("option")).hasCount(3);
        assertThat(cyd.page.getByLabel("Speaker", new Page.GetByLabelOptions().setExact(true)).locator("option")).hasCount(3);
        browser.screenshot(cyd.page, "green-room-1280");

        camera.selectOption(new SelectOption().setLabel(OTHER_CAMERA));
        microphone.selectOption(new SelectOption().setLabel("Fake Audio Input 2"));
        expectCameraLabel(cyd.page, OTHER_CAMERA);

        cyd.page.reload();
        expectCameraLabel(cyd.page, OTHER_CAMERA);
        assertThat(camera.locator("option:checked")).hasText(OTHER_CAMERA);
        assertThat(microphone.locator("option:checked")).hasText("Fake Audio Input 2");
    }

    @Test
    void switchingTheCameraInTheCallKeepsVideoFlowingWithoutARejoin() throws InterruptedException {
        String room = room("switch");
        // Both wait in the green room first, so they join seconds apart (a participant alone with nothing to receive has
        // its receive connection closed by the server after 30 s, which would rejoin it and spoil the "no rejoin" check).
        MeetingPage dan = MeetingPage.open(browser.newUserPage(), user("dan"), room);
        MeetingPage eva = MeetingPage.open(browser.newUserPage(), user("eva"), room);
        // Eva only watches: camera off and muted from the green room keeps this test's CPU down.
        eva.button("Turn off camera").click();
        eva.button("Turn off microphone").click();
        dan.join();
        eva.join();
        String danId = dan.participantId();
        String producer = dan.producerId("video");
        expectVideoFrom(eva, danId);
        dan.page.evaluate("() => { window.beforeSwitch = window.parley.conference.sendPc; }");

        dan.button("Audio and video settings").click();
        Locator dialog = dan.page.getByRole(AriaRole.DIALOG);
        assertThat(dialog).isVisible();
        dialog.getByLabel("Camera", new Locator.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setLabel(OTHER_CAMERA));
        expectCameraLabel(dan.page, OTHER_CAMERA);
        assertThat(dan.page.locator(".conf-self .conf-tile")).hasAttribute("data-camera", "on");
        screenshotAtThreeWidths(dan.page, "device-dialog");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Close")).click();

        expectVideoFrom(eva, danId);
        assertThat(dan.page.evaluate("() => window.beforeSwitch === window.parley.conference.sendPc"))
                .as("the same send connection: no renegotiation from scratch, no rejoin").isEqualTo(true);
        assertThat(dan.participantId()).isEqualTo(danId);
        assertThat(dan.producerId("video")).isEqualTo(producer);
        assertThat(registry.conference(room).orElseThrow().stats().producers()).extracting(ProducerStats::id)
                .as("dan's camera is still the same Producer on the server").contains(producer);
    }

    @Test
    void blockedCameraAndMicrophoneAreSaidInWordsAndTheCallIsJoinableReceiveOnly() throws InterruptedException {
        String room = room("blocked");
        MeetingPage fay = MeetingPage.open(browser.newPageWithMediaBlocked(BrowserFixture.DESKTOP_WIDTH,
                BrowserFixture.DESKTOP_HEIGHT), user("fay"), room);
        assertThat(fay.page.getByText("The browser blocked your camera and microphone")).isVisible();
        assertThat(fay.page.getByText("Allow the camera and microphone in your browser's address bar")).isVisible();
        assertThat(fay.button("Microphone blocked: how to fix")).isVisible();
        assertThat(fay.button("Camera blocked: how to fix")).isVisible();
        assertThat(fay.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Try again"))).hasCount(1);
        // Nothing to pick from while blocked: the pickers wait for the permission.
        assertThat(fay.page.locator(".green-room .device-select:visible")).hasCount(0);
        screenshotAtThreeWidths(fay.page, "green-room-blocked");

        fay.join();
        MeetingPage gus = MeetingPage.open(browser.newUserPage(), user("gus"), room).join();
        expectVideoFrom(fay, gus.participantId());
        // The others see her muted with the camera off, and her own bar does not claim a microphone she does not have.
        assertThat(gus.tile(fay.participantId())).isVisible();
        Locator mic = fay.page.locator(".conf-controls .conf-btn[data-device='denied']").first();
        assertThat(mic).hasAttribute("aria-label", "Microphone blocked: how to fix");
        mic.click();
        assertThat(fay.page.getByRole(AriaRole.DIALOG).getByText("The browser blocked your camera and microphone")).isVisible();
        browser.screenshot(fay.page, "in-call-blocked-dialog");
    }

    @Test
    void aDeviceInUseAndAMissingDeviceAreToldApart() {
        Page page = browser.newUserPage();
        page.navigate("/");
        @SuppressWarnings("unchecked")
        List<String> texts = (List<String>) page.evaluate("""
                async () => {
                  const d = await import('/ui/conference/devices.js');
                  const say = (kind, name) => {
                    const text = d.problemText(kind, d.deviceProblem(new DOMException('x', name)));
                    return text.title + ' / ' + text.fix;
                  };
                  return [say('video', 'NotReadableError'), say('audio', 'NotFoundError'), say('video', 'NotAllowedError')];
                }""");
        assertThat(texts.get(0)).startsWith("Your camera is in use / Another application or tab is using it.");
        assertThat(texts.get(1)).startsWith("No microphone found / Plug in a microphone");
        assertThat(texts.get(2)).startsWith("The browser blocked your camera / Allow the camera in your browser's address bar");
    }

    private static void screenshotAtThreeWidths(Page page, String step) {
        for (int width : List.of(360, 768, 1280)) {
            page.setViewportSize(width, width == 360 ? 740 : 800);
            browser.screenshot(page, step + "-" + width);
        }
        page.setViewportSize(BrowserFixture.DESKTOP_WIDTH, BrowserFixture.DESKTOP_HEIGHT);
    }

    private static void expectLevelAbove(Page page, int level) {
        page.waitForFunction("(min) => Number(document.querySelector('.green-room .level-meter').dataset.level) > min", level,
                new Page.WaitForFunctionOptions().setTimeout(10_000));
    }

    /** The page's own camera track comes from that device (its label is the fake device's name). */
    private static void expectCameraLabel(Page page, String label) {
        page.waitForFunction("(label) => window.parley?.conference?.localStream?.getVideoTracks()[0]?.label === label", label,
                new Page.WaitForFunctionOptions().setTimeout(15_000));
    }

    /** framesDecoded of the viewer's video from that participant keeps increasing. */
    private static void expectVideoFrom(MeetingPage viewer, String participantId) throws InterruptedException {
        long deadline = System.nanoTime() + VIDEO_FLOWING_WITHIN.toNanos();
        long first = frames(viewer, participantId);
        long now = first;
        while (now <= first + 5 && System.nanoTime() < deadline) {
            Thread.sleep(250);
            now = frames(viewer, participantId);
        }
        assertThat(now).as("frames decoded by %s from %s", viewer.name, participantId).isGreaterThan(first + 5);
    }

    private static long frames(MeetingPage viewer, String participantId) {
        return viewer.inbound().stream().filter(i -> i.participantId().equals(participantId) && "video".equals(i.kind()))
                .mapToLong(MeetingPage.Inbound::framesDecoded).sum();
    }

    private static String room(String what) {
        return what + "-" + Integer.toHexString(ThreadLocalRandom.current().nextInt());
    }

    private static String user(String name) {
        return name + "_" + Integer.toHexString(ThreadLocalRandom.current().nextInt(1 << 20));
    }
}
