package dev.parley.loadtest.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Reads what a soak watches of a server process it started: threads and file descriptors from {@code /proc/<pid>}, heap after
 * a full GC (forced with {@code jcmd}, read from the JVM's own Prometheus gauges) and the SFU's live object gauges.
 */
final class ServerProbe {
    private static final double MIB = 1024.0 * 1024.0;

    private final long pid;
    private final URI prometheus;
    private final HttpClient http;
    private final Path jcmd;

    ServerProbe(long pid, URI base, HttpClient http) {
        this.pid = pid;
        this.prometheus = base.resolve("/actuator/prometheus");
        this.http = http;
        // The server runs on the JVM running this code (ServerProcess), so its jcmd matches the server's JDK.
        this.jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    }

    ServerSample sample(String label, long seconds, long joins, long abrupt) throws IOException, InterruptedException {
        long threads = threads();
        long fds = fds();
        fullGc();
        PrometheusText metrics = new PrometheusText(scrape());
        return new ServerSample(label, seconds, joins, abrupt, threads, fds,
                metrics.sum("jvm_memory_used_bytes", "area=\"heap\"") / MIB,
                gauge(metrics, "parley_media_routers"), gauge(metrics, "parley_media_transports"),
                gauge(metrics, "parley_media_producers"), gauge(metrics, "parley_media_consumers"));
    }

    private static long gauge(PrometheusText metrics, String name) {
        double value = metrics.sum(name, "");
        if (Double.isNaN(value)) {
            throw new IllegalStateException(name + " is missing from /actuator/prometheus");
        }
        return Math.round(value);
    }

    private long threads() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("Threads:")) {
                return Long.parseLong(line.substring("Threads:".length()).trim());
            }
        }
        throw new IOException("no Threads: line in /proc/" + pid + "/status");
    }

    private long fds() throws IOException {
        try (Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
            return fds.count();
        }
    }

    /** {@code jcmd <pid> GC.run}: a full collection, so what the heap still holds is what is reachable. */
    private void fullGc() throws IOException, InterruptedException {
        Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "GC.run").redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("jcmd " + pid + " GC.run failed: " + output.trim());
        }
    }

    private String scrape() throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(prometheus).timeout(Duration.ofSeconds(15)).GET().build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("GET " + prometheus + " failed: HTTP " + response.statusCode());
        }
        return response.body();
    }
}
