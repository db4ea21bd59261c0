package dev.parley.media.sfu.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The map from a Consumer's output sequence numbers back to source packets, driven the way a Consumer drives it: a
 * {@link SeqNumRewriter} numbers the packets it forwards and the log records each one, then NACKs name output numbers.
 */
class SentPacketLogTest {
    private static final long MS = 1_000_000L;

    private final SentPacketLog log = new SentPacketLog(256, 1000 * MS, 20 * MS);

    /**
     * Each case: the first output number, the packets in order (a layer switch before every change of encoding), a NACKed output
     * number, and the source packet it must map to ({@code null}: the Consumer never sent that number). An encoding of -1 is a
     * padding-only packet the Consumer skipped.
     */
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("plain", 1000, new int[][] {{0, 50}, {0, 51}, {0, 52}}, 1001, new int[] {0, 51}),
                Arguments.of("output wraps 65535 -> 0", 65534, new int[][] {{0, 10}, {0, 11}, {0, 12}, {0, 13}}, 0,
                        new int[] {0, 12}),
                Arguments.of("source wraps 65535 -> 0", 500, new int[][] {{0, 65534}, {0, 65535}, {0, 0}, {0, 1}}, 502,
                        new int[] {0, 0}),
                Arguments.of("both wrap", 65535, new int[][] {{0, 65535}, {0, 0}, {0, 1}}, 1, new int[] {0, 1}),
                Arguments.of("after a layer switch", 7000, new int[][] {{0, 100}, {0, 101}, {2, 9000}, {2, 9001}}, 7002,
                        new int[] {2, 9000}),
                Arguments.of("before a layer switch", 7000, new int[][] {{0, 100}, {0, 101}, {2, 9000}, {2, 9001}}, 7001,
                        new int[] {0, 101}),
                Arguments.of("switch back to the first layer", 7000,
                        new int[][] {{0, 100}, {1, 40}, {0, 300}, {0, 301}}, 7003, new int[] {0, 301}),
                Arguments.of("a padding drop closes the gap", 10, new int[][] {{0, 5}, {-1, 6}, {0, 7}}, 11, new int[] {0, 7}),
                Arguments.of("never sent: after the last output", 10, new int[][] {{0, 5}, {0, 6}}, 12, null),
                Arguments.of("never sent: before the first output", 10, new int[][] {{0, 5}, {0, 6}}, 9, null),
                Arguments.of("never sent: far away", 10, new int[][] {{0, 5}}, 30000, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void mapsAnOutputNumberBackToTheSourcePacket(String name, int firstOutput, int[][] packets, int nacked, int[] expected) {
        SeqNumRewriter rewriter = new SeqNumRewriter(firstOutput);
        int encoding = -2;
        for (int[] p : packets) {
            if (p[0] < 0) {
                rewriter.drop(p[1]);
                continue;
            }
            if (p[0] != encoding) {
                rewriter.sync(); // a new encoding starts at a keyframe: numbering continues after the last output
                encoding = p[0];
            }
            int out = rewriter.rewrite(p[1]);
            log.record(out, p[0], p[1], 90_000L + p[1], 0, 0, 0);
        }

        int slot = log.take(nacked, 10 * MS);

        if (expected == null) {
            assertThat(slot).isEqualTo(-1);
        } else {
            assertThat(slot).isNotNegative();
            assertThat(log.encoding(slot)).isEqualTo(expected[0]);
            assertThat(log.sourceSequence(slot)).isEqualTo(expected[1]);
            assertThat(log.timestamp(slot)).isEqualTo(90_000L + expected[1]);
        }
    }

    @Test
    void keepsTheRewriteValuesOfEachPacket() {
        log.record(42, 1, 4242, 0xFFFF_FFF0L, 17, -3, 0);

        int slot = log.take(42, 0);

        assertThat(slot).isNotNegative();
        assertThat(log.timestamp(slot)).isEqualTo(0xFFFF_FFF0L);
        assertThat(log.pictureIdOffset(slot)).isEqualTo(17);
        assertThat(log.tl0Offset(slot)).isEqualTo(-3);
    }

    @Test
    void aNumberOneCapacityLaterReplacesTheOlderPacket() {
        log.record(65500, 0, 1, 0, 0, 0, 0);
        log.record((65500 + 256) & 0xFFFF, 0, 2, 0, 0, 0, 0); // same slot, after the 16-bit wrap

        assertThat(log.take(65500, 0)).isEqualTo(-1);
        assertThat(log.sourceSequence(log.take((65500 + 256) & 0xFFFF, 0))).isEqualTo(2);
    }

    @Test
    void doesNotResendTooOldPackets() {
        log.record(7, 0, 7, 0, 0, 0, 0);

        assertThat(log.take(7, 1001 * MS)).isEqualTo(-1);
        assertThat(log.take(7, 1000 * MS)).isNotNegative();
    }

    @Test
    void ignoresARepeatedNackWithinTheMinimumResendInterval() {
        log.record(7, 0, 7, 0, 0, 0, 0);

        assertThat(log.take(7, 100 * MS)).isNotNegative();
        assertThat(log.take(7, 119 * MS)).isEqualTo(-1);
        assertThat(log.take(7, 120 * MS)).isNotNegative();
    }

    @Test
    void aResentNumberSentAgainStartsFresh() {
        log.record(7, 0, 7, 0, 0, 0, 0);
        log.take(7, 100 * MS);
        log.record(7, 0, 70_000 & 0xFFFF, 0, 0, 0, 101 * MS); // the output number came round again

        assertThat(log.take(7, 102 * MS)).isNotNegative();
    }
}
