package dev.parley.server.packaged;

import dev.parley.loadtest.bench.ServerProcess;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;

/**
 * The server jar that {@code package} built ({@code server/target/parley-server.jar}, the README's run command), started as its
 * own process with the benchmark's launcher ({@link ServerProcess}: loopback only, a free port). Each test gets a directory
 * under {@code target/packaged-server/} for its data and its server log, kept for reading after a failure.
 */
final class PackagedServer {
    /**
     * A cold JVM plus the embedded PostgreSQL's first initdb: 10–15 s on an idle 2-core machine, but over 5 minutes on the
     * development machine while five other builds ran (load average 25–33). A wedged start is caught either way.
     */
    static final Duration START_TIMEOUT = Duration.ofSeconds(Long.getLong("parley.it.start-timeout-seconds", 600));

    private PackagedServer() {
    }

    static Path jar() {
        Path jar = Path.of(System.getProperty("parley.server.jar", "target/parley-server.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar.toAbsolutePath() + " does not exist: run these tests with `./mvnw verify` "
                    + "(they run after `package`)");
        }
        return jar;
    }

    /** A fresh directory {@code target/packaged-server/<name>-<time>} for one test's data and log. */
    static Path workDirectory(String name) throws IOException {
        Path root = Path.of(System.getProperty("parley.it.dir", "target/packaged-server"));
        return Files.createDirectories(root.resolve(name + "-" + System.currentTimeMillis()));
    }

    static ServerProcess start(Path work, List<String> extraArgs) throws IOException, InterruptedException {
        return ServerProcess.start(jar(), work.resolve("data"), work.resolve("server.log"), START_TIMEOUT, extraArgs);
    }

    /** As {@link #start}, for a server that speaks https on its port: readiness is asked with a client using {@code trust}. */
    static ServerProcess startHttps(Path work, List<String> extraArgs, SSLContext trust) throws IOException, InterruptedException {
        int port = ServerProcess.freeTcpPort();
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-jar",
                jar().toString()));
        command.addAll(ServerProcess.loopbackArguments(port, work.resolve("data")));
        command.addAll(extraArgs);
        return ServerProcess.start(new ProcessBuilder(command), URI.create("https://127.0.0.1:" + port),
                HttpClient.newBuilder().sslContext(trust), work.resolve("server.log"), START_TIMEOUT);
    }

    /** Thread dumps of a wedged server next to its log (platform threads as text, every thread, virtual ones too, as JSON). */
    static void dumpThreads(long pid, Path work) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        String stamp = Long.toString(System.currentTimeMillis());
        run(work, List.of(jcmd.toString(), Long.toString(pid), "Thread.print"), work.resolve("threads-" + stamp + ".txt"));
        run(work, List.of(jcmd.toString(), Long.toString(pid), "Thread.dump_to_file", "-format=json",
                work.resolve("threads-" + stamp + ".json").toAbsolutePath().toString()), work.resolve("jcmd.log"));
    }

    private static void run(Path work, List<String> command, Path output) {
        try {
            Process process = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile())).start();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (IOException e) {
            // A diagnosis aid only: the test reports the wedge either way.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
