package dev.parley.loadtest.bot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReceiverStatsTest {
    @Test
    void lossIsLostOverExpected() {
        ReceiverStats stats = new ReceiverStats(990, 10, 300, 1990, 10);
        assertThat(stats.lossFraction()).isEqualTo(20.0 / 3000);
    }

    @Test
    void negativeLossFromDuplicatesCountsAsNone() {
        assertThat(new ReceiverStats(100, -2, 30, 0, 0).lossFraction()).isZero();
        assertThat(ReceiverStats.NONE.lossFraction()).isZero();
    }

    @Test
    void windowsAreDifferencesOfCumulativeCounters() {
        ReceiverStats start = new ReceiverStats(100, 1, 30, 200, 2);
        ReceiverStats end = new ReceiverStats(600, 4, 180, 1200, 2);
        assertThat(end.minus(start)).isEqualTo(new ReceiverStats(500, 3, 150, 1000, 0));
        assertThat(start.plus(end.minus(start))).isEqualTo(end);
    }
}
