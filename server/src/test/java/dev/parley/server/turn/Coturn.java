package dev.parley.server.turn;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A real coturn (Debian's {@code turnserver}) on 127.0.0.1 with the shared-secret scheme Parley's {@link IceServers} signs for,
 * run as a child process with its own config, database and log in a temporary directory on a free port: no system service.
 *
 * <p>Test-only settings, each on purpose:
 * <ul>
 *   <li>{@code allow-loopback-peers}: coturn refuses to relay to 127.0.0.0/8 and ::1 by default (a relay that reaches its own
 *       host's loopback services is an SSRF hole). Here the SFU listens on 127.0.0.1 (media stays on loopback), so the test
 *       allows it. Never in production: there the SFU has a routable address and coturn keeps refusing loopback.</li>
 *   <li>{@code no-multicast-peers}: kept as in production (no relaying to 224.0.0.0/4, ff00::/8).</li>
 *   <li>No {@code denied-peer-ip}: a production coturn should deny private ranges it has no business reaching (RFC 1918,
 *       link-local, its own metadata service) except the SFU's address; docs/deploy/turn.md lists them. Here the only peer is
 *       127.0.0.1.</li>
 *   <li>{@code relay-ip=127.0.0.1}: relayed packets come from loopback, so the SFU's ICE source rule (loopback only in tests)
 *       accepts them.</li>
 * </ul>
 */
public final class Coturn implements AutoCloseable {
    static final Path TURNSERVER = Path.of("/usr/bin/turnserver");
    /** coturn's realm; REST credentials do not depend on it, long-term credential keys do (MD5(user:realm:pass)). */
    public static final String REALM = "parley.test";

    private final Path dir;
    private final Process process;
    private final int port;
    private final String secret;

    private Coturn(Path dir, Process process, int port, String secret) {
        this.dir = dir;
        this.process = process;
        this.port = port;
        this.secret = secret;
    }

    /** Starts coturn and waits until it answers a STUN Binding request. */
    public static Coturn start(String secret) throws IOException, InterruptedException {
        if (!Files.isExecutable(TURNSERVER)) {
            throw new IllegalStateException(TURNSERVER + " is missing: install coturn with `apt-get install -y coturn`.");
        }
        Path dir = Files.createTempDirectory("pr-turn-coturn");
        int port = freeUdpPort();
        Files.writeString(dir.resolve("turnserver.conf"), String.join("\n", List.of(
                "listening-ip=127.0.0.1",
                "relay-ip=127.0.0.1",
                "listening-port=" + port,
                "no-tls",
                "no-dtls",
                "no-tcp-relay",
                "use-auth-secret",
                "static-auth-secret=" + secret,
                "realm=" + REALM,
                "fingerprint",
                "allow-loopback-peers",
                "no-multicast-peers",
                "no-cli",
                "no-software-attribute",
                "userdb=" + dir.resolve("turndb"),
                "pidfile=" + dir.resolve("turn.pid"),
                "log-file=" + dir.resolve("turn.log"),
                "simple-log")) + "\n");
        Process process = new ProcessBuilder(TURNSERVER.toString(), "-c", dir.resolve("turnserver.conf").toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("stdout.log").toFile())
                .start();
        Coturn coturn = new Coturn(dir, process, port, secret);
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!TurnClient.answersBinding(port)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                String log = Files.readString(dir.resolve("stdout.log"));
                coturn.close();
                throw new IllegalStateException("coturn did not start on port " + port + ":\n" + log);
            }
            Thread.sleep(100);
        }
        return coturn;
    }

    public int port() {
        return port;
    }

    public String secret() {
        return secret;
    }

    /** The URL Parley hands out for this server. */
    public String url() {
        return "turn:127.0.0.1:" + port + "?transport=udp";
    }

    /** coturn's log (allocations, 401s), for failure messages. */
    public String log() {
        try {
            return Files.readString(dir.resolve("turn.log"));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temp directory left behind is harmless
        }
    }

    private static int freeUdpPort() throws IOException {
        try (DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
