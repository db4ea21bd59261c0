package dev.parley.server.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.loadtest.bench.ServerProcess;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * Issue 8, defect 0: a freshly started server hit at once by what a browser loads on a first visit (every static file, the
 * API document, health, metrics) wedged for good in about one cold start of five on a 2-core machine — no answer, readiness
 * included, and SIGTERM ignored — because virtual request threads loading classes pinned every carrier thread while the
 * fat jar's lock holder waited for one (docs/decisions/0009-startup-threads.md). Several cold starts of the packaged jar,
 * each under such a burst: every request answered, readiness UP, and SIGTERM ends the process cleanly in bounded time.
 */
class ColdStartBurstIT {
    /** Cold starts per run; each costs 10–30 s on a loaded 2-core machine. {@code -Dparley.coldstart.runs=20} to hunt. */
    private static final int RUNS = Integer.getInteger("parley.coldstart.runs", 4);
    /**
     * A wedged server never answers; a slow one does. The first {@code /v3/api-docs} alone took over 45 s on the loaded 2-core
     * development machine (load average 13), hence the generous bound.
     */
    private static final Duration BURST_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(40);

    @Test
    void everyColdStartAnswersAFirstVisitBurstAndStopsOnSigterm() throws Exception {
        Path work = PackagedServer.workDirectory("cold-start");
        List<String> paths = firstVisitPaths();
        List<String> report = new ArrayList<>();
        for (int run = 1; run <= RUNS; run++) {
            long started = System.nanoTime();
            ServerProcess server = PackagedServer.start(work, List.of());
            long readyMillis = (System.nanoTime() - started) / 1_000_000;
            try {
                List<String> unanswered = burst(server.base(), paths);
                int readiness = status(server.base().resolve("/actuator/health/readiness"));
                if (!unanswered.isEmpty() || readiness != 200) {
                    PackagedServer.dumpThreads(server.pid(), work);
                }
                assertThat(unanswered).as("run %d: requests of the burst without an answer (log and thread dumps in %s)",
                        run, work.toAbsolutePath()).isEmpty();
                assertThat(readiness).as("run %d: readiness after the burst", run).isEqualTo(200);
            } finally {
                long stopping = System.nanoTime();
                OptionalInt exit = server.terminate(SHUTDOWN_TIMEOUT);
                long stopMillis = (System.nanoTime() - stopping) / 1_000_000;
                report.add("run " + run + ": ready after " + readyMillis + " ms, stopped in " + stopMillis + " ms");
                // 143 = 128 + SIGTERM: the JVM's exit status after its shutdown hooks ran to the end.
                assertThat(exit).as("run %d: still running %s s after SIGTERM (then killed)", run, SHUTDOWN_TIMEOUT.toSeconds())
                        .isPresent();
                assertThat(exit.getAsInt()).as("run %d: exit status after SIGTERM", run).isIn(0, 143);
            }
        }
        System.out.println("cold starts of " + PackagedServer.jar() + ":\n  " + String.join("\n  ", report));
    }

    /** What a browser fetches on a first visit, all at once: every static file in the jar, plus the API and operator pages. */
    private static List<String> firstVisitPaths() throws IOException {
        List<String> paths = new ArrayList<>(List.of("/", "/v3/api-docs", "/api-docs.html", "/actuator/health",
                "/actuator/health/liveness", "/actuator/health/readiness", "/actuator/prometheus"));
        String prefix = "BOOT-INF/classes/static/";
        try (JarFile jar = new JarFile(PackagedServer.jar().toFile())) {
            jar.stream().map(e -> e.getName()).filter(n -> n.startsWith(prefix) && !n.endsWith("/"))
                    .forEach(n -> paths.add("/" + n.substring(prefix.length())));
        }
        assertThat(paths).as("static files in the jar").hasSizeGreaterThan(30);
        return paths;
    }

    /** Sends every request at once (one connection each, like a browser's parallel fetches); returns those not answered. */
    private static List<String> burst(URI base, List<String> paths) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        List<CompletableFuture<Integer>> answers = new ArrayList<>();
        for (String path : paths) {
            HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(BURST_TIMEOUT).GET().build();
            answers.add(http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).thenApply(HttpResponse::statusCode));
        }
        List<String> unanswered = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            try {
                int status = answers.get(i).get(BURST_TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS);
                if (status >= 500) {
                    unanswered.add(paths.get(i) + " → " + status);
                }
            } catch (ExecutionException | TimeoutException e) {
                unanswered.add(paths.get(i) + " → " + e);
            }
        }
        http.close();
        return unanswered;
    }

    private static int status(URI uri) throws InterruptedException {
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).GET().build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        }
    }
}
