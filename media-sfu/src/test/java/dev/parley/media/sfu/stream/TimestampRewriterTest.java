package dev.parley.media.sfu.stream;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimestampRewriterTest {
    private static final long MS = 1_000_000L;

    @ParameterizedTest(name = "first out {0}: in {1},{2} -> {3},{4}")
    @CsvSource({
            // firstOut,    in1,        in2,        out1,       out2
            "1000,          5000,       8000,       1000,       4000",
            "4294967000,    0,          3000,       4294967000, 2704",        // output wraps 2^32
            "10,            4294967295, 2999,       10,         3010",        // input wraps
            "0,             90000,      87000,      0,          4294964296",  // older packet (B-frame style): negative delta
    })
    void keepsAConstantOffsetModulo2To32(long firstOut, long in1, long in2, long out1, long out2) {
        TimestampRewriter r = new TimestampRewriter(90000, firstOut);

        assertThat(r.rewrite(in1, 0)).isEqualTo(out1);
        assertThat(r.rewrite(in2, 0)).isEqualTo(out2);
    }

    @Test
    void translateUsesTheSameOffsetAndIsUnknownBeforeTheFirstPacket() {
        TimestampRewriter r = new TimestampRewriter(48000, 100);
        assertThat(r.translate(5000)).isEqualTo(-1);

        r.rewrite(5000, 0);

        assertThat(r.translate(5960)).as("a Sender Report's RTP time, 20 ms later").isEqualTo(1060);
    }

    @Test
    void switchSourceContinuesWithTheElapsedWallClockTime() {
        TimestampRewriter r = new TimestampRewriter(90000, 1_000);
        r.rewrite(50_000, 0);

        r.switchSource(7_777_777, 100 * MS);             // 100 ms later = 9000 ticks at 90 kHz

        assertThat(r.rewrite(7_777_777, 100 * MS)).isEqualTo(10_000);
        assertThat(r.rewrite(7_777_777 + 3000, 133 * MS)).isEqualTo(13_000);
    }

    @Test
    void switchSourceMovesTheTimestampAtLeastOneTick() {
        TimestampRewriter r = new TimestampRewriter(48000, 0);
        r.rewrite(10, 5 * MS);

        r.switchSource(999, 5 * MS);

        assertThat(r.rewrite(999, 5 * MS)).isEqualTo(1);
    }
}
