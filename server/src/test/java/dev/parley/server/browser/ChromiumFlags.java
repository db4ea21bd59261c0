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
        List<String> flags = new ArrayList<>(List.of(
                "--headless=new",
                // Root has no user namespace sandbox; the pages are our own, on loopback.
                "--no-sandbox",
                // getUserMedia/getDisplayMedia answer without a permission prompt, from fake devices.
                "--use-fake-ui-for-media-stream",
                "--use-fake-device-for-media-stream",
                // Without it, on a host with only loopback, Chromium gathers no ICE candidates at all.
                "--allow-loopback-in-peer-connection",
                // Quiet: no GPU process, no QUIC probes, no background traffic to the internet.
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync"));
        fakeCamera.ifPresent(file -> flags.add("--use-file-for-fake-video-capture=" + file.toAbsolutePath()));
        return flags;
    }
}
