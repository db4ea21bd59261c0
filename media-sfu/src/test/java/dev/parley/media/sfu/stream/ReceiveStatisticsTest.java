package dev.parley.media.sfu.stream;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReceiveStatisticsTest {
    private static final long MS = 1_000_000L;

    @ParameterizedTest(name = "{0}..{1} minus {2} lost -> highest {3}")
    @CsvSource({
            // first, last,  lostCount, extendedHighest
            "100,     199,   0,         199",
            "65500,   99,    0,         65635",   // one wrap: cycles = 65536
            "65500,   99,    10,        65635",
    })
    void countsExtendedHighestAndCumulativeLoss(int first, int last, int lost, long extendedHighest) {
        ReceiveStatistics stats = new ReceiveStatistics(90000);
        int total = ((last - first) & 0xFFFF) + 1;
        for (int i = 0; i < total; i++) {
            int seq = (first + i) & 0xFFFF;
            if (i > 0 && i <= lost) {
                continue; // the first `lost` packets after the first one never arrive
            }
            stats.onPacket(seq, 0, 100, 0, false);
        }

        assertThat(stats.extendedHighest()).isEqualTo(extendedHighest);
        assertThat(stats.cumulativeLost()).isEqualTo(lost);
        assertThat(stats.received()).isEqualTo(total - lost);
    }

    @Test
    void fractionLostCoversOnlyTheIntervalSinceTheLastReport() {
        ReceiveStatistics stats = new ReceiveStatistics(90000);
        for (int seq = 0; seq < 100; seq++) {
            if (seq % 4 != 1) {
                stats.onPacket(seq, 0, 100, 0, false); // 25 of 100 lost
            }
        }
        assertThat(stats.takeFractionLost()).as("25 %% in 8-bit fixed point").isEqualTo(64);

        for (int seq = 100; seq < 200; seq++) {
            stats.onPacket(seq, 0, 100, 0, false);
        }
        assertThat(stats.takeFractionLost()).isZero();
        assertThat(stats.cumulativeLost()).isEqualTo(25);
    }

    @Test
    void jitterIsZeroForPerfectlyPacedPacketsAndGrowsWithDelayVariation() {
        ReceiveStatistics paced = new ReceiveStatistics(90000);
        for (int i = 0; i < 50; i++) {
            paced.onPacket(i, 3000L * i, 100, i * 33_333_333L, false); // 3000 ticks = 33.3 ms at 90 kHz
        }
        assertThat(paced.jitter()).isLessThanOrEqualTo(1);

        ReceiveStatistics bumpy = new ReceiveStatistics(90000);
        for (int i = 0; i < 50; i++) {
            long delay = (i % 2 == 0) ? 0 : 10 * MS; // every other packet 10 ms late = 900 ticks
            bumpy.onPacket(i, 3000L * i, 100, i * 33_333_333L + delay, false);
        }
        assertThat(bumpy.jitter()).isBetween(800L, 900L);
        assertThat(bumpy.jitterMillis()).isBetween(8.8, 10.0);
    }

    @Test
    void retransmissionsCountAsReceivedButNotForJitter() {
        ReceiveStatistics stats = new ReceiveStatistics(90000);
        stats.onPacket(1, 0, 100, 0, false);
        stats.onPacket(3, 6000, 100, 66_666_666L, false);
        stats.onPacket(2, 3000, 100, 500 * MS, true); // very late, but a retransmission

        assertThat(stats.cumulativeLost()).isZero();
        assertThat(stats.jitter()).isLessThanOrEqualTo(1);
    }

    @Test
    void lsrAndDlsrFollowTheLastSenderReport() {
        ReceiveStatistics stats = new ReceiveStatistics(48000);
        assertThat(stats.lastSrMiddle()).isZero();
        assertThat(stats.delaySinceLastSr(5 * MS)).isZero();

        stats.onSenderReport(0x0123_4567_89AB_CDEFL, 1000 * MS);

        assertThat(stats.lastSrMiddle()).isEqualTo(0x4567_89ABL);
        assertThat(stats.delaySinceLastSr(1500 * MS)).as("0.5 s in 1/65536 s").isEqualTo(32768);
    }

    @Test
    void aHugeBackwardJumpRestartsTheCounters() {
        ReceiveStatistics stats = new ReceiveStatistics(48000);
        stats.onPacket(40000, 0, 10, 0, false);
        stats.onPacket(40001, 0, 10, 0, false);

        stats.onPacket(10, 0, 10, 0, false);
        stats.onPacket(11, 0, 10, 0, false);

        assertThat(stats.extendedHighest()).isEqualTo(11);
        assertThat(stats.cumulativeLost()).isZero();
    }
}
