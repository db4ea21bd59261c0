package dev.parley.server.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The fake camera: a 320x180 at 15 fps, 10 s, raw YUV 4:2:0 (y4m) test pattern that Chromium loops with
 * {@code --use-file-for-fake-video-capture}. Small frames keep encoding near 30 % of a core per page instead of the
 * default 640x480@30 (shared/TESTING.md). Generated once per build folder with ffmpeg; reused afterwards.
 */
final class FakeCamera {

    static final String FILE_NAME = "fake-camera-320x180-15fps.y4m";
    private static final String FFMPEG = "ffmpeg";
    /** ffmpeg writes ~13 MB here in well under a second; a minute means it hangs. */
    private static final long TIMEOUT_SECONDS = 60;

    private FakeCamera() {
    }

    /** The y4m file, generating it if needed; empty when ffmpeg is not installed. */
    static Optional<Path> file() {
        Path file = Screenshots.targetDirectory().resolve("fake-media").resolve(FILE_NAME);
        if (Files.isRegularFile(file)) {
            return Optional.of(file);
        }
        if (!ffmpegInstalled()) {
            return Optional.empty();
        }
        generate(file);
        return Optional.of(file);
    }

    private static boolean ffmpegInstalled() {
        return run(List.of(FFMPEG, "-version")) == 0;
    }

    /** Writes to a temporary name first and renames, so a half-written file is never mistaken for a camera. */
    private static void generate(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Path partial = Files.createTempFile(file.getParent(), "camera", ".y4m");
            int exit = run(List.of(FFMPEG, "-hide_banner", "-loglevel", "error", "-y",
                    "-f", "lavfi", "-i", "testsrc2=size=320x180:rate=15", "-t", "10", "-pix_fmt", "yuv420p",
                    "-f", "yuv4mpegpipe", partial.toString()));
            if (exit != 0) {
                Files.deleteIfExists(partial);
                throw new IllegalStateException("ffmpeg could not write the fake camera file (exit " + exit + ").");
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    /** Runs a command with output discarded; returns its exit code, or -1 when it cannot start or times out. */
    private static int run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return -1;
            }
            return process.exitValue();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
