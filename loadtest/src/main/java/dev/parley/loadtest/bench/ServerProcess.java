package dev.parley.loadtest.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/**
 * Parley's server jar run as a separate process, so its CPU time can be read from {@code /proc/<pid>/stat} apart from the
 * bots'. Everything on loopback: a free HTTP port on 127.0.0.1, a free UDP media port bound to and announced as 127.0.0.1,
 * ICE checks accepted only from loopback (shared/TESTING.md), the embedded PostgreSQL under a fresh data directory.
 */
public final class ServerProcess implements AutoCloseable {
    private final Process process;
    private final Process watchdog;
    private final URI base;

    private ServerProcess(Process process, Process watchdog, URI base) {
        this.process = process;
        this.watchdog = watchdog;
        this.base = base;
    }

    /**
     * Starts {@code java -jar jar} with the JVM running this code and waits until {@code /actuator/health/readiness} says UP.
     *
     * @param log where the server's stdout and stderr go
     */
    public static ServerProcess start(Path jar, Path dataDir, Path log, Duration startTimeout)
            throws IOException, InterruptedException {
        return start(jar, dataDir, log, startTimeout, List.of());
    }

    /**
     * As {@link #start(Path, Path, Path, Duration)}, with more {@code --key=value} arguments after the loopback ones (a later
     * argument wins, so they may override them too).
     */
    public static ServerProcess start(Path jar, Path dataDir, Path log, Duration startTimeout, List<String> extraArgs)
            throws IOException, InterruptedException {
        int port = freeTcpPort();
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-jar", jar.toString()));
        command.addAll(loopbackArguments(port, dataDir));
        command.addAll(extraArgs);
        return start(new ProcessBuilder(command), URI.create("http://127.0.0.1:" + port), HttpClient.newBuilder(), log,
                startTimeout);
    }

    /**
     * Any command that starts the server (a release's {@code bin/parley}, a server speaking https), with its output appended to
     * {@code log}; waits until {@code base}'s readiness says UP, asked with a client from {@code http} (e.g. one that trusts
     * the server's test certificate).
     */
    public static ServerProcess start(ProcessBuilder command, URI base, HttpClient.Builder http, Path log, Duration startTimeout)
            throws IOException, InterruptedException {
        // Appended, not truncated: tests that restart a server on one data directory keep every run's log in one file.
        Process process = command.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        ServerProcess server = new ServerProcess(process, watchdog(process.pid()), base);
        try {
            server.awaitReady(http.connectTimeout(Duration.ofSeconds(2)).build(), startTimeout, log);
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    /** The settings that keep a test server on loopback: HTTP on 127.0.0.1:port, media on a free loopback UDP port. */
    public static List<String> loopbackArguments(int port, Path dataDir) {
        return List.of(
                "--server.port=" + port,
                "--server.address=127.0.0.1",
                "--parley.data-dir=" + dataDir,
                "--parley.media.port=0",
                "--parley.media.bind-address=127.0.0.1",
                "--parley.media.announced-addresses=127.0.0.1",
                "--parley.media.ice-allowed-sources=127.0.0.1/32,::1/128",
                "--logging.structured.format.console=");
    }

    public URI base() {
        return base;
    }

    public long pid() {
        return process.pid();
    }

    /** CPU seconds the server process has used so far (all threads). */
    public double cpuSeconds() throws IOException {
        return ProcessCpu.cpuSeconds(process.pid());
    }

    private void awaitReady(HttpClient http, Duration timeout, Path log) throws IOException, InterruptedException {
        HttpRequest ready = HttpRequest.newBuilder(base.resolve("/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(5)).GET().build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("the server exited with code " + process.exitValue() + "; see " + log);
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            Thread.sleep(250);
        }
        throw new IOException("the server was not ready within " + timeout.toSeconds() + " s; see " + log);
    }

    /**
     * A shell that stops the server when this JVM is gone however it ended: libwebrtc can take the JVM down with a native
     * crash, which runs no shutdown hook, and an orphaned server would keep its ports and CPU.
     */
    private static Process watchdog(long serverPid) throws IOException {
        long self = ProcessHandle.current().pid();
        String script = "while kill -0 " + self + " 2>/dev/null; do sleep 1; done; kill " + serverPid + " 2>/dev/null";
        return new ProcessBuilder("sh", "-c", script).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** A TCP port on 127.0.0.1 that was free a moment ago. */
    public static int freeTcpPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /**
     * SIGTERM, then waits up to {@code timeout} for the process to exit (graceful shutdown stops the embedded database too).
     *
     * @return the exit code, or empty when the server had not exited in time; it has then been killed with SIGKILL
     */
    public OptionalInt terminate(Duration timeout) throws InterruptedException {
        watchdog.destroy();
        process.destroy();
        if (process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            return OptionalInt.of(process.exitValue());
        }
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        return OptionalInt.empty();
    }

    /** SIGKILL, as a crash would end it: no shutdown hook runs, so the embedded PostgreSQL is left running. */
    public void kill() throws InterruptedException {
        watchdog.destroy();
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }

    /** SIGTERM, then SIGKILL after 30 s. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            terminate(Duration.ofSeconds(30));
        }
        watchdog.destroy();
    }
}
