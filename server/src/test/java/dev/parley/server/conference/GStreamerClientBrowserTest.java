package dev.parley.server.conference;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.ParleyServerTest;
import dev.parley.server.browser.BrowserFixture;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A participant that is not a browser: GStreamer's webrtcbin (libnice, OpenSSL DTLS with an RSA certificate whose
 * CertificateVerify is RSA-PSS) driven by {@code src/test/python/parley_gst_client.py} through Parley's real signaling,
 * in one conference with a Chromium participant. Each decodes the other's video (and the client the other's audio).
 * Debian packages: see install_test_prerequisites in the {@code parley} launcher.
 */
@ParleyServerTest
class GStreamerClientBrowserTest {
    static final Path PYTHON = Path.of("/usr/bin/python3");
    static final Path CLIENT = Path.of("src/test/python/parley_gst_client.py");
    private static final Pattern FRAMES = Pattern.compile("FRAMES video=(\\d+) audio=(\\d+)");
    /** Generous: on the loaded 2-core CI machine a registration (Argon2id) alone took 15-20 s. */
    private static final Duration WITHIN = Duration.ofSeconds(90);

    @RegisterExtension
    static final BrowserFixture browser = new BrowserFixture();

    final List<String> output = new CopyOnWriteArrayList<>();
    Process client;

    @AfterEach
    void stopClient() throws InterruptedException {
        if (client != null) {
            client.destroy();
            client.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void gstreamerAndChromiumDecodeEachOther() throws Exception {
        assertThat(Files.isExecutable(PYTHON)).as("Debian's python3 with GStreamer (python3-gst-1.0)").isTrue();
        browser.requireFakeCamera();
        String suffix = Integer.toHexString(ThreadLocalRandom.current().nextInt(1 << 20));
        String conferenceId = "gst-" + suffix;
        MeetingPage chromium = IdleConnectionBrowserTest.joinPatiently(
                MeetingPage.open(IdleConnectionBrowserTest.patientPage(browser), "web_" + suffix, conferenceId));

        client = new ProcessBuilder(PYTHON.toString(), CLIENT.toString(), "--server", browser.baseUrl(),
                "--conference", conferenceId, "--username", "gst_" + suffix, "--seconds", "120")
                .redirectErrorStream(true).start();
        Thread reader = Thread.ofVirtual().start(this::readClientOutput);

        String gstreamerId = awaitLine("JOINED ").substring("JOINED ".length()).trim();
        assertThat(awaitLine("PUBLISHED ")).isEqualTo("PUBLISHED 2");
        long deadline = System.nanoTime() + WITHIN.toNanos();
        long chromiumFrames = 0;
        long[] gstreamerCounts = {0, 0};
        while (System.nanoTime() < deadline && (chromiumFrames < 30 || gstreamerCounts[0] < 30 || gstreamerCounts[1] < 30)) {
            Thread.sleep(500);
            chromiumFrames = chromium.inbound().stream()
                    .filter(in -> in.participantId().equals(gstreamerId) && in.kind().equals("video"))
                    .mapToLong(MeetingPage.Inbound::framesDecoded).sum();
            gstreamerCounts = lastCounts();
            assertThat(client.isAlive() || chromiumFrames >= 30).as("the client is running; it said:%n%s", log()).isTrue();
        }
        assertThat(chromiumFrames).as("frames Chromium decoded from GStreamer; the client said:%n%s", log())
                .isGreaterThanOrEqualTo(30);
        assertThat(gstreamerCounts[0]).as("video frames GStreamer decoded from Chromium; it said:%n%s", log())
                .isGreaterThanOrEqualTo(30);
        assertThat(gstreamerCounts[1]).as("audio buffers GStreamer decoded from Chromium; it said:%n%s", log())
                .isGreaterThanOrEqualTo(30);
        assertThat(output).as("the client saw no failed connection").noneMatch(line -> line.startsWith("ERROR"));
        reader.interrupt();
    }

    private void readClientOutput() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                output.add(line);
                System.out.println("[gstreamer] " + line);
            }
        } catch (IOException e) {
            output.add("(output ended: " + e + ")");
        }
    }

    private String awaitLine(String prefix) throws InterruptedException {
        long deadline = System.nanoTime() + WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            for (String line : output) {
                if (line.startsWith(prefix)) {
                    return line;
                }
            }
            if (!client.isAlive()) {
                break;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the GStreamer client never printed '" + prefix + "'; it said:\n" + log());
    }

    private long[] lastCounts() {
        for (int i = output.size() - 1; i >= 0; i--) {
            Matcher m = FRAMES.matcher(output.get(i));
            if (m.matches()) {
                return new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))};
            }
        }
        return new long[] {0, 0};
    }

    private String log() {
        return String.join("\n", output);
    }
}
