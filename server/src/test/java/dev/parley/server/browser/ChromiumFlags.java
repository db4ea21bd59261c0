package dev.parley.server.browser;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The Chromium command-line flags measured to work here as root, headless, on loopback (shared/TESTING.md). */
public final class ChromiumFlags {

    private ChromiumFlags() {
    }

    /**
     * @param fakeCamera a y4m file to play as the camera, or empty for Chromium's built-in moving pattern.
     */
    public static List<String> forTests(Optional<Path> fakeCamera) {
        List<String> flags = forTests(true, 1);
        fakeCamera.ifPresent(file -> flags.add("--use-file-for-fake-video-capture=" + file.toAbsolutePath()));
        return flags;
    }

    /**
     * @param fakeUi true: every getUserMedia is allowed without a prompt; false: Playwright decides per context (allowed
     *               only where the test granted camera and microphone, refused elsewhere, as a person who clicked "Block").
     * @param cameras how many generated fake cameras Chromium lists (its moving pattern; a y4m file is a single camera).
     */
    public static List<String> forTests(boolean fakeUi, int cameras) {
        List<String> flags = new ArrayList<>(List.of(
                "--headless=new",
                // Root has no user namespace sandbox; the pages are our own, on loopback.
                "--no-sandbox",
                // getUserMedia/getDisplayMedia answer from fake devices.
                cameras > 1 ? "--use-fake-device-for-media-stream=device-count=" + cameras : "--use-fake-device-for-media-stream",
                // Without it, on a host with only loopback, Chromium gathers no ICE candidates at all.
                "--allow-loopback-in-peer-connection",
                // Quiet: no GPU process, no QUIC probes, no background traffic to the internet.
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync"));
        if (fakeUi) {
            // No permission prompt: getUserMedia/getDisplayMedia are allowed at once.
            flags.add("--use-fake-ui-for-media-stream");
        }
        return flags;
    }
}
