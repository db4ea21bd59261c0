package dev.parley.loadtest.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class PercentilesTest {
    @Test
    void nearestRankOfOneToHundred() {
        List<Double> values = new ArrayList<>();
        for (int i = 100; i >= 1; i--) {
            values.add((double) i);
        }
        Collections.shuffle(values);
        assertThat(Percentiles.of(values)).isEqualTo(new Percentiles(100, 50, 95, 100));
    }

    @Test
    void smallSamplesTakeMeasuredValuesOnly() {
        // n = 3: p50 is rank ceil(1.5) = 2, p95 is rank ceil(2.85) = 3.
        assertThat(Percentiles.of(List.of(900.0, 100.0, 300.0))).isEqualTo(new Percentiles(3, 300, 900, 900));
        assertThat(Percentiles.of(List.of(42.0))).isEqualTo(new Percentiles(1, 42, 42, 42));
    }

    @Test
    void emptySampleIsNotANumber() {
        Percentiles none = Percentiles.of(List.of());
        assertThat(none.count()).isZero();
        assertThat(none.p50()).isNaN();
    }
}
