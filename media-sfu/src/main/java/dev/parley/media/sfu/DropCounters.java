package dev.parley.media.sfu;

import dev.parley.media.transport.DropReason;
import java.util.Map;
import java.util.TreeMap;

/**
 * Drop counts by {@link DropReason} for one SFU object, written only on its Router's loop thread (plain longs, no atomics).
 * Each instance may roll up into a parent (Consumer → Router), so a Router's total covers all its objects.
 */
final class DropCounters {
    private static final DropReason[] REASONS = DropReason.values();

    private final long[] counts = new long[REASONS.length];
    private final DropCounters parent;

    DropCounters(DropCounters parent) {
        this.parent = parent;
    }

    void drop(DropReason reason) {
        counts[reason.ordinal()]++;
        if (parent != null) {
            parent.drop(reason);
        }
    }

    long count(DropReason reason) {
        return counts[reason.ordinal()];
    }

    /** Non-zero counts by reason name, sorted (the stats records' vocabulary). */
    Map<String, Long> snapshot() {
        Map<String, Long> out = new TreeMap<>();
        for (DropReason reason : REASONS) {
            if (counts[reason.ordinal()] != 0) {
                out.put(reason.name(), counts[reason.ordinal()]);
            }
        }
        return out;
    }

    /** Adds media-transport's counts (already keyed by the same enum) to a name map. */
    static Map<String, Long> merge(Map<String, Long> into, Map<DropReason, Long> transportDrops) {
        Map<String, Long> out = new TreeMap<>(into);
        transportDrops.forEach((reason, n) -> out.merge(reason.name(), n, Long::sum));
        return out;
    }
}
