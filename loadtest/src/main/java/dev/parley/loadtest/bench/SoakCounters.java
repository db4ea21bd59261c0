package dev.parley.loadtest.bench;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** What the soak's bot slots did so far; updated from every slot's thread, read by the sampler. */
final class SoakCounters {
    /** Failures kept verbatim for the report; the rest are only counted. */
    private static final int KEPT_FAILURES = 5;

    private final AtomicLong joins = new AtomicLong();
    private final AtomicLong leaves = new AtomicLong();
    private final AtomicLong closes = new AtomicLong();
    private final AtomicLong drops = new AtomicLong();
    private final AtomicLong failureCount = new AtomicLong();
    private final AtomicInteger live = new AtomicInteger();
    private final AtomicInteger maxLive = new AtomicInteger();
    private final List<String> failures = new CopyOnWriteArrayList<>();

    void joined() {
        joins.incrementAndGet();
        maxLive.accumulateAndGet(live.incrementAndGet(), Math::max);
    }

    void left(SoakExit exit) {
        live.decrementAndGet();
        switch (exit) {
            case LEAVE -> leaves.incrementAndGet();
            case CLOSE -> closes.incrementAndGet();
            case DROP -> drops.incrementAndGet();
        }
    }

    void failed(String what, Throwable e) {
        if (failureCount.incrementAndGet() <= KEPT_FAILURES) {
            failures.add(what + ": " + e);
        }
    }

    long joins() {
        return joins.get();
    }

    /** Visits that ended without a {@code leave} message (socket closed or dropped). */
    long abrupt() {
        return closes.get() + drops.get();
    }

    int live() {
        return live.get();
    }

    String summary() {
        StringBuilder out = new StringBuilder(String.format(
                "joins %d (at most %d bots live at once); exits: %d leave, %d socket closed without leave, %d socket dropped "
                        + "without close frame; failures %d%n",
                joins.get(), maxLive.get(), leaves.get(), closes.get(), drops.get(), failureCount.get()));
        failures.forEach(failure -> out.append("  failure: ").append(failure).append('\n'));
        return out.toString();
    }
}
