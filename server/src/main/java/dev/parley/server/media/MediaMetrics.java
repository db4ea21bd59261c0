package dev.parley.server.media;

import dev.parley.media.sfu.MediaStats;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;
import org.springframework.stereotype.Component;

/**
 * Prometheus meters for what an operator of the SFU watches: UDP packets and bytes in/out, drops by reason, and how many
 * Routers, transports, Producers and Consumers are live. Values come from {@link MediaStatsSnapshot}.
 */
@Component
class MediaMetrics implements MeterBinder {
    private final MediaStatsSnapshot snapshot;
    /** Drop reasons that already have a counter; a reason's counter is registered the first time it is seen. */
    private final Set<String> dropReasons = ConcurrentHashMap.newKeySet();
    private volatile MeterRegistry registry;

    MediaMetrics(MediaStatsSnapshot snapshot) {
        this.snapshot = snapshot;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        this.registry = registry;
        counter(registry, "parley.media.packets.in", "UDP datagrams received on the media port", MediaStats::packetsIn);
        counter(registry, "parley.media.bytes.in", "UDP payload bytes received on the media port", MediaStats::bytesIn);
        counter(registry, "parley.media.packets.out", "UDP datagrams sent from the media port", MediaStats::packetsOut);
        counter(registry, "parley.media.bytes.out", "UDP payload bytes sent from the media port", MediaStats::bytesOut);
        gauge(registry, "parley.media.routers", "live Routers (one per live conference)", MediaStats::routers);
        gauge(registry, "parley.media.transports", "live WebRtcTransports (two per participant)", MediaStats::transports);
        gauge(registry, "parley.media.producers", "live Producers (published tracks)", MediaStats::producers);
        gauge(registry, "parley.media.consumers", "live Consumers (forwarded tracks)", MediaStats::consumers);
        registerNewDropReasons(snapshot.get());
    }

    private void counter(MeterRegistry registry, String name, String help, ToDoubleFunction<MediaStats> value) {
        FunctionCounter.builder(name, snapshot, s -> value.applyAsDouble(read()))
                .description(help).register(registry);
    }

    private void gauge(MeterRegistry registry, String name, String help, ToDoubleFunction<MediaStats> value) {
        Gauge.builder(name, snapshot, s -> value.applyAsDouble(read())).description(help).register(registry);
    }

    /** Reads the snapshot and, on the way, gives every newly seen drop reason its counter (visible from the next scrape). */
    private MediaStats read() {
        MediaStats stats = snapshot.get();
        registerNewDropReasons(stats);
        return stats;
    }

    private void registerNewDropReasons(MediaStats stats) {
        MeterRegistry target = registry;
        for (String reason : stats.drops().keySet()) {
            if (target != null && dropReasons.add(reason)) {
                FunctionCounter.builder("parley.media.drops", snapshot, s -> s.get().drops().getOrDefault(reason, 0L))
                        .description("packets the media plane dropped, by DropReason")
                        .tag("reason", reason)
                        .register(target);
            }
        }
    }
}
