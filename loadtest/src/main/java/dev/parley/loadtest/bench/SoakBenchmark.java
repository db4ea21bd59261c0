package dev.parley.loadtest.bench;

import dev.parley.loadtest.bot.BotSettings;
import dev.parley.loadtest.bot.ParleyAccounts;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A soak of the server: for {@code --minutes}, libwebrtc bots keep joining and leaving {@code --rooms} conferences (some
 * without a goodbye), and the server process's threads, file descriptors, heap after a full GC and live media objects are
 * sampled at the start, every {@code --sample-minutes} and at the end, once every bot has gone and the reconnect grace of
 * the seats they dropped has passed. Prints the samples as a table and a verdict: flat or not (see {@link SoakReport}).
 * A measurement, not a test: it asserts nothing.
 *
 * <p>Steps: 1. start the server jar as its own process (fresh data directory, loopback media); 2. register and sign in every
 * slot's account, one after another; 3. sample "start"; 4. run the slots ({@link SoakSlot}) until the deadline, sampling on
 * the way; 5. wait for the visits under way to finish; 6. sample after the reconnect grace and again after
 * {@code --settle-seconds} ("end"); 7. print, stop the server.
 */
public final class SoakBenchmark {
    /** How long a slot may still need after the deadline: its last stay plus joining and leaving on a loaded machine. */
    private static final Duration SLOT_OVERTIME = Duration.ofSeconds(120);

    private SoakBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        SoakOptions options = SoakOptions.parse(args);
        Path work = Files.createTempDirectory("parley-soak");
        Path log = work.resolve("server.log");
        System.out.println("starting " + options.jar() + " (log: " + log + ")");
        // The soak registers rooms × bots-per-room accounts from one address: more than the default 10 an hour.
        try (ServerProcess server = ServerProcess.start(options.jar(), work.resolve("data"), log, Duration.ofSeconds(180),
                List.of("--parley.rate-limit.registrations-per-address=10000"))) {
            String loadBefore = ConferenceBenchmark.loadAverage();
            SoakReport report = run(options, server);
            System.out.println();
            System.out.print(report.table());
            System.out.println(report.verdict());
            System.out.println("load average before " + loadBefore + ", after " + ConferenceBenchmark.loadAverage());
        } finally {
            ConferenceBenchmark.deleteQuietly(work.resolve("data"));
        }
        // libwebrtc's native threads are not daemons everywhere; the numbers are printed, so end the JVM.
        System.exit(0);
    }

    static SoakReport run(SoakOptions options, ServerProcess server) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        ParleyAccounts accounts = new ParleyAccounts(http, server.base(), Duration.ofSeconds(30));
        ServerProbe probe = new ServerProbe(server.pid(), server.base(), http);
        SoakCounters counters = new SoakCounters();
        SoakReport report = new SoakReport();
        String run = Long.toString(System.currentTimeMillis() % 100_000_000L, 36);

        List<SoakSlot> slots = slots(options, server.base(), http, accounts, counters, run);
        long startNanos = System.nanoTime();
        long deadline = startNanos + options.duration().toNanos();
        Sampler sampler = new Sampler(probe, counters, report, startNanos);
        sampler.take("start");

        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            SoakSlot slot = slots.get(i);
            threads.add(Thread.ofPlatform().name("soak-slot-" + i).daemon().start(() -> slot.visitUntil(deadline)));
        }
        for (long next = startNanos + options.sampleEvery().toNanos(); next < deadline;
             next += options.sampleEvery().toNanos()) {
            TimeUnit.NANOSECONDS.sleep(next - System.nanoTime());
            sampler.take((next - startNanos) / 60_000_000_000L + " min");
        }
        TimeUnit.NANOSECONDS.sleep(Math.max(0, deadline - System.nanoTime()));
        System.out.println("deadline reached; waiting for the visits under way to end");
        for (Thread thread : threads) {
            if (!thread.join(SLOT_OVERTIME)) {
                System.out.println("warning: " + thread.getName() + " still busy after " + SLOT_OVERTIME.toSeconds() + " s");
            }
        }
        long goneNanos = System.nanoTime();
        sampler.take("bots gone");
        sleepUntil(goneNanos + SoakOptions.MIN_SETTLE.toNanos());
        sampler.take("gone+" + SoakOptions.MIN_SETTLE.toSeconds() + "s");
        if (options.settle().compareTo(SoakOptions.MIN_SETTLE) > 0) {
            sleepUntil(goneNanos + options.settle().toNanos());
            sampler.take("end");
        }
        System.out.print(counters.summary());
        return report;
    }

    /** Signs every slot in, one after another (each is an Argon2 hash on the server; a burst would queue up). */
    private static List<SoakSlot> slots(SoakOptions options, URI base, HttpClient http, ParleyAccounts accounts,
                                        SoakCounters counters, String run) throws Exception {
        List<SoakSlot> slots = new ArrayList<>();
        for (int room = 0; room < options.rooms(); room++) {
            for (int seat = 0; seat < options.botsPerRoom(); seat++) {
                BotSettings settings = BotSettings.of(base, "soak_" + run + "_" + room + "_" + seat,
                        "soak-" + run + "-" + room).withVideo(options.video()).withAudio(options.audio());
                slots.add(new SoakSlot(http, accounts, settings, room * options.botsPerRoom() + seat, options, counters));
            }
        }
        for (SoakSlot slot : slots) {
            slot.signIn();
        }
        return slots;
    }

    private static void sleepUntil(long nanos) throws InterruptedException {
        TimeUnit.NANOSECONDS.sleep(Math.max(0, nanos - System.nanoTime()));
    }

    /** Takes a sample now and prints its row at once (a long soak shows its progress). */
    private record Sampler(ServerProbe probe, SoakCounters counters, SoakReport report, long startNanos) {
        void take(String label) throws Exception {
            long seconds = (System.nanoTime() - startNanos) / 1_000_000_000L;
            int bots = counters.live();
            ServerSample sample = probe.sample(label, seconds, counters.joins(), counters.abrupt());
            System.out.print(report.add(sample, bots));
        }
    }
}
