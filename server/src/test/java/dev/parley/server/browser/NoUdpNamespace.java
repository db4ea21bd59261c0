package dev.parley.server.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A network namespace where UDP cannot reach the server: Chromium runs inside it (through {@link #chromium()}, a wrapper for
 * {@link BrowserFixture}), with only its own loopback, and the test forwards chosen TCP ports of the host's 127.0.0.1 into the
 * namespace's 127.0.0.1 through socat and a Unix socket. Nothing forwards UDP, so inside, the server's UDP candidate is a closed
 * port, as on a network whose firewall passes only TCP. Everything stays on loopback (shared/TESTING.md); the namespace has a
 * unique {@code pr-turn-*} name and is deleted after the class.
 *
 * <pre>{@code
 * @RegisterExtension @Order(1) static final NoUdpNamespace network = new NoUdpNamespace();
 * @RegisterExtension @Order(2) static final BrowserFixture browser = new BrowserFixture(network::chromium);
 * ... network.forwardTcp(httpPort);
 * }</pre>
 */
public final class NoUdpNamespace implements BeforeAllCallback, AfterAllCallback {
    private static final String IP = "/usr/sbin/ip";

    private final String name = "pr-turn-" + Integer.toHexString(ThreadLocalRandom.current().nextInt(1 << 24));
    private final List<Process> forwarders = new ArrayList<>();
    private Path dir;
    private Path wrapper;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        for (String tool : List.of(IP, "/usr/bin/socat")) {
            if (!Files.isExecutable(Path.of(tool))) {
                throw new IllegalStateException(tool + " is missing: `apt-get install -y iproute2 socat` (./parley test does).");
            }
        }
        dir = Files.createTempDirectory(name);
        run(IP, "netns", "add", name);
        run(IP, "netns", "exec", name, IP, "link", "set", "lo", "up");
        wrapper = dir.resolve("chromium-in-" + name);
        // exec keeps Playwright's pipe file descriptors (3 and 4): the browser is driven across the namespace boundary.
        Files.writeString(wrapper, "#!/bin/sh\nexec " + IP + " netns exec " + name + " " + BrowserFixture.CHROMIUM + " \"$@\"\n");
        Files.setPosixFilePermissions(wrapper, PosixFilePermissions.fromString("rwx------"));
    }

    /** The Chromium executable to give {@link BrowserFixture}. */
    public Path chromium() {
        if (wrapper == null) {
            throw new IllegalStateException("register NoUdpNamespace before the BrowserFixture (@Order)");
        }
        return wrapper;
    }

    /** Makes 127.0.0.1:port inside the namespace reach 127.0.0.1:port of the host, TCP only; returns once it listens. */
    public void forwardTcp(int port) throws IOException, InterruptedException {
        Path socket = dir.resolve(port + ".sock");
        forwarders.add(new ProcessBuilder("/usr/bin/socat", "UNIX-LISTEN:" + socket + ",fork,unlink-early",
                "TCP:127.0.0.1:" + port).redirectErrorStream(true).redirectOutput(dir.resolve(port + "-host.log").toFile()).start());
        forwarders.add(new ProcessBuilder(IP, "netns", "exec", name, "/usr/bin/socat",
                "TCP-LISTEN:" + port + ",bind=127.0.0.1,fork,reuseaddr", "UNIX-CONNECT:" + socket)
                .redirectErrorStream(true).redirectOutput(dir.resolve(port + "-ns.log").toFile()).start());
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!Files.exists(socket) || !listensInside(port)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("socat did not forward port " + port + " into " + name);
            }
            Thread.sleep(50);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        for (Process process : forwarders) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            process.waitFor(5, TimeUnit.SECONDS);
        }
        forwarders.clear();
        if (dir != null) {
            run(IP, "netns", "delete", name);
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private boolean listensInside(int port) throws IOException, InterruptedException {
        Process ss = new ProcessBuilder(IP, "netns", "exec", name, "ss", "-Hltn", "sport = :" + port)
                .redirectErrorStream(true).start();
        String out = new String(ss.getInputStream().readAllBytes());
        return ss.waitFor() == 0 && !out.isBlank();
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
        }
    }
}
