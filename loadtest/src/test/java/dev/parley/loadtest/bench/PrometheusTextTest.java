package dev.parley.loadtest.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrometheusTextTest {
    private static final PrometheusText METRICS = new PrometheusText("""
            # HELP jvm_memory_used_bytes The amount of used memory
            # TYPE jvm_memory_used_bytes gauge
            jvm_memory_used_bytes{area="heap",id="G1 Eden Space"} 2097152.0
            jvm_memory_used_bytes{area="heap",id="G1 Old Gen"} 1.048576E7
            jvm_memory_used_bytes{area="nonheap",id="Metaspace"} 9.9E7
            jvm_memory_used_bytes_extra{area="heap"} 5.0
            # HELP parley_media_routers live Routers (one per live conference)
            # TYPE parley_media_routers gauge
            parley_media_routers 3.0
            parley_media_routers_total 7.0
            """);

    @Test
    void sumsTheSamplesOfOneNameWhoseLabelsMatch() {
        assertThat(METRICS.sum("jvm_memory_used_bytes", "area=\"heap\"")).isEqualTo(2097152.0 + 10485760.0);
        assertThat(METRICS.sum("jvm_memory_used_bytes", "")).isEqualTo(2097152.0 + 10485760.0 + 9.9E7);
    }

    @Test
    void readsAGaugeWithoutLabelsAndTellsAMissingOneApart() {
        assertThat(METRICS.sum("parley_media_routers", "")).isEqualTo(3.0);
        assertThat(METRICS.sum("parley_media_consumers", "")).isNaN();
    }
}
