package dev.parley.dist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.loadtest.bench.ServerProcess;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: the release an operator installs. Unpacks the tarball {@code package} built into a fresh directory and starts
 * {@code bin/parley} as an operator would — JAVA_HOME unset and the machine's default {@code java} first on the PATH (17 on
 * Debian 12), so the script must find Java ≥ 21 itself — waits for readiness UP, then stops it with SIGTERM like systemd.
 */
class DistributionIT {
    /** A cold JVM plus the embedded PostgreSQL's first initdb; minutes on the loaded 2-core machine (see PackagedServer). */
    private static final Duration START_TIMEOUT = Duration.ofSeconds(Long.getLong("parley.it.start-timeout-seconds", 600));
    private static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(60);
    private static final String CONFIGURED_NAME = "parley-from-release-config";

    @Test
    void theUnpackedReleaseStartsFromBinParleyAndStopsCleanlyOnSigterm() throws Exception {
        Path tarball = Path.of(System.getProperty("parley.dist.tarball"));
        assertThat(tarball).as("run with `./mvnw verify`: the tarball comes from `package`").isRegularFile();
        Path work = Files.createDirectories(Path.of(System.getProperty("parley.it.dir", "target/release-it"))
                .resolve("run-" + System.currentTimeMillis()));
        run(work, "tar", "-xzf", tarball.toAbsolutePath().toString());
        Path home = work.resolve(System.getProperty("parley.dist.name"));

        assertThat(home.resolve("lib/parley-server.jar")).isRegularFile();
        assertThat(home.resolve("README.md")).isRegularFile();
        assertThat(Files.readString(home.resolve("systemd/parley.service")))
                .contains("User=parley", "Restart=on-failure", "LimitNOFILE=", "JAVA_HOME", "ExecStart=/opt/parley/bin/parley");
        assertThat(Files.getPosixFilePermissions(home.resolve("bin/parley"))).contains(PosixFilePermission.OWNER_EXECUTE);
        // The shipped config is all comments; a setting added to it must reach the server (it names the log lines).
        Path config = home.resolve("config/application.yaml");
        assertThat(Files.readAllLines(config)).allMatch(line -> line.isBlank() || line.startsWith("#"));
        Files.writeString(config, Files.readString(config) + "\nspring:\n  application:\n    name: " + CONFIGURED_NAME + "\n");

        int port = ServerProcess.freeTcpPort();
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/parley").toString()));
        command.addAll(ServerProcess.loopbackArguments(port, work.resolve("data")));
        ProcessBuilder operator = new ProcessBuilder(command).directory(work.toFile());
        operator.environment().remove("JAVA_HOME");
        operator.environment().put("PATH", "/usr/local/bin:/usr/bin:/bin");
        operator.environment().put("JAVA_OPTS", "-Xmx512m -Dparley.release.it=true");
        Path log = work.resolve("server.log");

        long started = System.nanoTime();
        ServerProcess server = ServerProcess.start(operator, URI.create("http://127.0.0.1:" + port), HttpClient.newBuilder(),
                log, START_TIMEOUT);
        long readyMillis = (System.nanoTime() - started) / 1_000_000;
        OptionalInt exit;
        try {
            assertThat(ProcessHandle.of(server.pid()).flatMap(p -> p.info().commandLine()).orElse(""))
                    .as("bin/parley exec'd the JVM with JAVA_OPTS (so SIGTERM reaches it)")
                    .contains("-Xmx512m", "-Dparley.release.it=true", "parley-server.jar");
            assertThat(Files.readString(log)).contains("[" + CONFIGURED_NAME + "]");
        } finally {
            exit = server.terminate(SHUTDOWN_TIMEOUT);
        }
        System.out.println("release ready after " + readyMillis + " ms; exit after SIGTERM: " + exit);
        assertThat(exit).as("still running %s s after SIGTERM", SHUTDOWN_TIMEOUT.toSeconds()).isPresent();
        // 143 = 128 + SIGTERM: the JVM's status after its shutdown hooks ran to the end.
        assertThat(exit.getAsInt()).isIn(0, 143);
        assertThat(Files.readString(log)).contains("Graceful shutdown complete");
    }

    private static void run(Path directory, String... command) throws IOException, InterruptedException {
        // Output through a pipe, never inheritIO: a forked test JVM's stdin/stdout are Failsafe's channel to Maven.
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> {
            try {
                return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return e.toString();
            }
        });
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("%s finished", String.join(" ", command)).isTrue();
        assertThat(process.exitValue()).as("%s exit status; output:%n%s", String.join(" ", command), output.join()).isZero();
    }
}
