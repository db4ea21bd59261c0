package dev.parley.media.sfu.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class NackGeneratorTest {
    private static final long MS = 1_000_000L;

    private final NackGenerator nacks = new NackGenerator(100 * MS);
    private final int[] out = new int[64];

    private int[] due(long now) {
        int n = nacks.due(now, out);
        int[] result = Arrays.copyOf(out, n);
        Arrays.sort(result);
        return result;
    }

    @Test
    void aGapIsRequestedAtOnceAndAgainAfterTheRetryInterval() {
        nacks.onPacket(10);
        nacks.onPacket(13);

        assertThat(due(0)).containsExactly(11, 12);
        assertThat(due(99 * MS)).isEmpty();
        assertThat(due(100 * MS)).containsExactly(11, 12);
    }

    @Test
    void aGapAcrossTheWrapIsDetected() {
        nacks.onPacket(65534);
        nacks.onPacket(1);

        assertThat(due(0)).containsExactly(0, 65535);
    }

    @Test
    void recoveredPacketsAreNotRequestedAgain() {
        nacks.onPacket(10);
        nacks.onPacket(14);
        nacks.onPacket(12);

        assertThat(due(0)).containsExactly(11, 13);
        assertThat(nacks.missingCount()).isEqualTo(2);
    }

    @Test
    void givesUpAfterTenRequests() {
        nacks.onPacket(1);
        nacks.onPacket(3);
        for (int i = 0; i < NackGenerator.MAX_RETRIES; i++) {
            assertThat(due(i * 100 * MS)).containsExactly(2);
        }

        assertThat(due(5000 * MS)).isEmpty();
        assertThat(nacks.missingCount()).isZero();
    }

    @Test
    void aBurstLargerThanTheCapacityClearsTheListAndAsksForAKeyframe() {
        nacks.onPacket(0);

        assertThat(nacks.onPacket(NackGenerator.CAPACITY + 2)).isFalse();
        assertThat(nacks.missingCount()).isZero();
        assertThat(nacks.onPacket(NackGenerator.CAPACITY + 3)).isTrue();
    }

    @Test
    void respectsTheOutputArrayLength() {
        nacks.onPacket(0);
        nacks.onPacket(100);

        int[] small = new int[16];
        assertThat(nacks.due(0, small)).isEqualTo(16);
        assertThat(nacks.due(0, new int[128])).as("the rest, still never sent").isEqualTo(83);
    }

    @Test
    void isMissingOnlyWhileTheNumberIsStillAskedFor() {
        nacks.onPacket(10);
        nacks.onPacket(12);

        assertThat(nacks.isMissing(11)).isTrue();
        assertThat(nacks.isMissing(10)).isFalse();
        nacks.onPacket(11);
        assertThat(nacks.isMissing(11)).isFalse();
    }
}
