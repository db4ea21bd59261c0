package dev.parley.loadtest.bench;

import dev.parley.loadtest.bot.Bot;
import dev.parley.loadtest.bot.BotSettings;
import dev.parley.loadtest.bot.ParleyAccounts;
import dev.parley.loadtest.bot.ReceiverStats;
import dev.parley.loadtest.bot.RemoteVideo;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * Joins N libwebrtc bots to one conference of a Parley server started as its own process, and prints: join to first
 * remote frame decoded (p50/p95/max over all ordered pairs), RTP packets forwarded per second, server CPU seconds per
 * forwarded megabit (and µs per packet), and receiver packet loss. A measurement, not a test: it asserts nothing.
 *
 * <p>Steps: 1. start the server jar (fresh data directory, loopback media); 2. join the bots one by one; 3. wait until
 * every bot decodes every other's camera (at most 60 s); 4. settle 3 s, then read the SFU's counters, the server's CPU
 * time and the bots' getStats at the start and the end of the window; 5. leave, stop the server, print.
 */
public final class ConferenceBenchmark {
    private static final Duration ALL_FRAMES_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration SETTLE = Duration.ofSeconds(3);

    private ConferenceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchmarkOptions options = BenchmarkOptions.parse(args);
        Path work = Files.createTempDirectory("parley-bench");
        Path log = work.resolve("server.log");
        ServerProcess server = null;
        try {
            URI base = options.server();
            if (base == null) {
                System.out.println("starting " + options.jar() + " (log: " + log + ")");
                server = ServerProcess.start(options.jar(), work.resolve("data"), log, Duration.ofSeconds(180));
                base = server.base();
            }
            System.out.print(run(options, base, server).format());
        } finally {
            if (server != null) {
                server.close();
            }
            // The server's log stays for a look afterwards; its database does not.
            deleteQuietly(options.server() != null ? work : work.resolve("data"));
        }
        // libwebrtc's native threads are not daemons everywhere; the numbers are printed, so end the JVM.
        System.exit(0);
    }

    static BenchmarkReport run(BenchmarkOptions options, URI base, ServerProcess server) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String conferenceId = "bench-" + Long.toString(ThreadLocalRandom.current().nextLong() >>> 1, 36);
        String run = Long.toString(System.currentTimeMillis() % 100_000_000L, 36);
        List<Bot> bots = new ArrayList<>();
        try {
            String loadBefore = loadAverage();
            for (int i = 0; i < options.bots(); i++) {
                BotSettings settings = BotSettings.of(base, "bench_" + run + "_" + i, conferenceId)
                        .withVideo(options.video()).withAudio(options.audio());
                bots.add(Bot.join(http, settings, i));
                System.out.println("joined " + settings.username() + " as " + bots.getLast().participantId());
                Thread.sleep(options.joinInterval().toMillis());
            }
            awaitAllFrames(bots);
            Thread.sleep(SETTLE.toMillis());

            ParleyAccounts api = new ParleyAccounts(http, base, Duration.ofSeconds(10));
            String statsPath = "/conferences/" + conferenceId + "/stats";
            String token = bots.getFirst().accessToken();
            ReceiverStats received0 = receiverStats(bots);
            ConferenceTraffic traffic0 = ConferenceTraffic.of(api.get(statsPath, token));
            double cpu0 = server == null ? 0 : server.cpuSeconds();
            long start = System.nanoTime();
            Thread.sleep(options.measure().toMillis());
            ConferenceTraffic traffic1 = ConferenceTraffic.of(api.get(statsPath, token));
            double cpu1 = server == null ? 0 : server.cpuSeconds();
            double seconds = (System.nanoTime() - start) / 1e9;
            ReceiverStats received1 = receiverStats(bots);
            String loadAfter = loadAverage();

            List<Double> firstFrames = new ArrayList<>();
            int without = firstFrameMillis(bots, firstFrames);
            return new BenchmarkReport(options, loadBefore, loadAfter, Percentiles.of(firstFrames), without, seconds,
                    traffic1.minus(traffic0), server == null ? null : cpu1 - cpu0, received1.minus(received0));
        } finally {
            bots.forEach(Bot::close);
        }
    }

    /** Fills {@code millis} with one value per (receiver, sender) pair that decoded a frame; returns the pairs that did not. */
    static int firstFrameMillis(List<Bot> bots, List<Double> millis) {
        int without = 0;
        for (Bot receiver : bots) {
            var received = receiver.remoteVideos();
            for (Bot sender : bots) {
                if (sender == receiver) {
                    continue;
                }
                RemoteVideo.Snapshot video = received.get(sender.participantId());
                if (video == null || video.firstFrameNanos() == null) {
                    without++;
                    continue;
                }
                long bothJoined = Math.max(receiver.joinRequestedNanos(), sender.joinRequestedNanos());
                millis.add((video.firstFrameNanos() - bothJoined) / 1e6);
            }
        }
        return without;
    }

    private static void awaitAllFrames(List<Bot> bots) throws InterruptedException {
        long deadline = System.nanoTime() + ALL_FRAMES_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            int missing = firstFrameMillis(bots, new ArrayList<>());
            if (missing == 0) {
                return;
            }
            Thread.sleep(200);
        }
        System.out.println("warning: not every bot decoded every other bot's camera within " + ALL_FRAMES_TIMEOUT.toSeconds()
                + " s: " + bots.stream().map(b -> b.username() + " " + b.connectionStates() + " " + b.failures()).toList());
    }

    private static ReceiverStats receiverStats(List<Bot> bots) {
        return bots.stream().map(Bot::receiverStats).reduce(ReceiverStats.NONE, ReceiverStats::plus);
    }

    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    static void deleteQuietly(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not delete " + dir + ": " + e);
        }
    }
}
