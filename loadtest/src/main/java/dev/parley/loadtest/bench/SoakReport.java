package dev.parley.loadtest.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The soak's table of samples and its verdict, end against start. Flat means: threads and file descriptors within
 * max(10, 10 %) of the start, heap after GC at most max(16 MiB, 25 %) above it, and no Router, transport, Producer or
 * Consumer live at the end. The tolerances leave room for what a JVM grows and shrinks on its own (JIT compiler and GC
 * threads, a request thread pool that idles out after 60 s, a keep-alive connection); a leak per visit outgrows them within
 * a few hundred joins.
 */
final class SoakReport {
    static final int COUNT_TOLERANCE = 10;
    static final double COUNT_TOLERANCE_SHARE = 0.10;
    static final double HEAP_TOLERANCE_MIB = 16;
    static final double HEAP_TOLERANCE_SHARE = 0.25;

    private static final String ROW = "%-12s %6s %5s %6s %6s %8s %6s %9s %8s %11s %10s %10s%n";

    private final List<ServerSample> samples = new ArrayList<>();
    private final List<Integer> liveBots = new ArrayList<>();

    /** Adds a sample taken while {@code bots} bots were in their rooms; returns its printed row. */
    String add(ServerSample sample, int bots) {
        samples.add(sample);
        liveBots.add(bots);
        return row(sample, bots);
    }

    String table() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, ROW, "sample", "time", "bots", "joins", "abrupt",
                "threads", "fds", "heap MiB", "routers", "transports", "producers", "consumers"));
        for (int i = 0; i < samples.size(); i++) {
            out.append(row(samples.get(i), liveBots.get(i)));
        }
        return out.toString();
    }

    /** One line: FLAT or NOT FLAT, with every difference and its tolerance. */
    String verdict() {
        ServerSample start = samples.getFirst();
        ServerSample end = samples.getLast();
        List<String> problems = new ArrayList<>();
        long threadSlack = countTolerance(start.threads());
        long fdSlack = countTolerance(start.fds());
        double heapSlack = Math.max(HEAP_TOLERANCE_MIB, start.heapMib() * HEAP_TOLERANCE_SHARE);
        if (Math.abs(end.threads() - start.threads()) > threadSlack) {
            problems.add("threads");
        }
        if (Math.abs(end.fds() - start.fds()) > fdSlack) {
            problems.add("file descriptors");
        }
        if (end.heapMib() - start.heapMib() > heapSlack) {
            problems.add("heap");
        }
        if (end.mediaLive()) {
            problems.add("live media objects");
        }
        String details = String.format(Locale.ROOT, "end vs start: threads %+d (tolerance ±%d), fds %+d (tolerance ±%d), "
                        + "heap after GC %+.1f MiB (tolerance +%.1f), live routers/transports/producers/consumers at the end "
                        + "%d/%d/%d/%d (must be 0)",
                end.threads() - start.threads(), threadSlack, end.fds() - start.fds(), fdSlack,
                end.heapMib() - start.heapMib(), heapSlack, end.routers(), end.transports(), end.producers(),
                end.consumers());
        return problems.isEmpty() ? "verdict: FLAT, " + details
                : "verdict: NOT FLAT (" + String.join(", ", problems) + "), " + details;
    }

    private static long countTolerance(long start) {
        return Math.max(COUNT_TOLERANCE, Math.round(start * COUNT_TOLERANCE_SHARE));
    }

    private static String row(ServerSample s, int bots) {
        String time = String.format(Locale.ROOT, "%d:%02d", s.seconds() / 60, s.seconds() % 60);
        return String.format(Locale.ROOT, ROW, s.label(), time, bots, s.joins(), s.abrupt(), s.threads(), s.fds(),
                String.format(Locale.ROOT, "%.1f", s.heapMib()), s.routers(), s.transports(), s.producers(), s.consumers());
    }
}
