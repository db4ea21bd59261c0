package dev.parley.media.sfu.stream;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SeqNumRewriterTest {

    @ParameterizedTest(name = "first out {0}: in {1},{2},{3} -> out {4},{5},{6}")
    @CsvSource({
            // firstOut, in1,   in2,   in3,   out1,  out2,  out3
            "1000,       5,     6,     7,     1000,  1001,  1002",
            "65535,      10,    11,    12,    65535, 0,     1",     // output wraps
            "7,          65534, 65535, 0,     7,     8,     9",     // input wraps
            "65534,      65535, 0,     1,     65534, 65535, 0",     // both wrap
            "0,          100,   102,   101,   0,     2,     1",     // a loss then the late packet: gap kept, order kept
    })
    void mapsAContinuousStreamWithAConstantOffset(int firstOut, int in1, int in2, int in3, int out1, int out2, int out3) {
        SeqNumRewriter r = new SeqNumRewriter(firstOut);

        assertThat(new int[] {r.rewrite(in1), r.rewrite(in2), r.rewrite(in3)}).containsExactly(out1, out2, out3);
    }

    @ParameterizedTest(name = "drop {1} after {0}")
    @CsvSource({
            // in before, dropped, in after, expected out after (first out 500 → before = 500)
            "10,         11,      12,       501",
            "65535,      0,       1,        501",   // drop across the input wrap
            "10,         13,      14,       501",   // 11 and 12 still missing: they keep their numbers below
    })
    void aDroppedPacketLeavesNoGap(int before, int dropped, int after, int expectedAfter) {
        SeqNumRewriter r = new SeqNumRewriter(500);
        assertThat(r.rewrite(before)).isEqualTo(500);

        r.drop(dropped);

        int gapBefore = SeqNumMath.diff(dropped, before) - 1;
        assertThat(r.rewrite(after)).isEqualTo(expectedAfter + gapBefore);
    }

    @Test
    void lateArrivalsUseTheOffsetValidAtTheirPosition() {
        SeqNumRewriter r = new SeqNumRewriter(0);
        r.rewrite(10);                 // 0
        r.drop(13);                    // 11, 12 missing; 13 skipped
        assertThat(r.rewrite(14)).isEqualTo(3);

        assertThat(r.rewrite(12)).as("late packet before the drop keeps the old offset").isEqualTo(2);
        assertThat(r.rewrite(11)).isEqualTo(1);
        assertThat(r.rewrite(13)).as("the dropped packet itself, retransmitted").isEqualTo(-1);
    }

    @Test
    void syncContinuesRightAfterTheLastOutputAndRejectsTheOldSegment() {
        SeqNumRewriter r = new SeqNumRewriter(65534);
        r.rewrite(100);                // 65534
        r.rewrite(101);                // 65535

        r.sync();
        assertThat(r.rewrite(5000)).as("new segment starts at last + 1 (wrapping)").isEqualTo(0);
        assertThat(r.rewrite(5001)).isEqualTo(1);
        assertThat(r.rewrite(4999)).as("older than the segment start").isEqualTo(-1);
        assertThat(r.rewrite(101)).isEqualTo(-1);
    }

    @Test
    void duplicateMapsToTheSameNumber() {
        SeqNumRewriter r = new SeqNumRewriter(42);
        r.rewrite(7);
        r.rewrite(8);

        assertThat(r.rewrite(8)).isEqualTo(43);
        assertThat(r.lastOutput()).isEqualTo(43);
    }

    /** 16-bit signed distance, spelled out here so the test does not lean on the class under test. */
    private static final class SeqNumMath {
        static int diff(int a, int b) {
            return (short) (a - b);
        }
    }
}
