package dev.parley.loadtest.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MovingPatternTest {
    private static final int WIDTH = 160;
    private static final int HEIGHT = 90;

    @Test
    void consecutiveFramesDifferSoTheEncoderHasSomethingToSend() {
        MovingPattern pattern = new MovingPattern(WIDTH, HEIGHT, 1);
        byte[] first = new byte[WIDTH * HEIGHT];
        byte[] second = new byte[WIDTH * HEIGHT];
        pattern.fillLuma(first, WIDTH, 0);
        pattern.fillLuma(second, WIDTH, 1);
        assertThat(Arrays.equals(first, second)).isFalse();
    }

    @Test
    void theSquareCrossesTheFrameAndStaysInside() {
        MovingPattern pattern = new MovingPattern(WIDTH, HEIGHT, 1);
        int side = HEIGHT / 3;
        assertThat(pattern.squareX(0)).isZero();
        assertThat(pattern.squareX(29)).isEqualTo(WIDTH - side);
        assertThat(pattern.squareX(30)).isZero();
        byte[] plane = new byte[WIDTH * HEIGHT];
        pattern.fillLuma(plane, WIDTH, 29);
        int middleRow = HEIGHT / 2 * WIDTH;
        assertThat(plane[middleRow + WIDTH - 1]).isEqualTo((byte) 235);
        assertThat(plane[middleRow + WIDTH - side - 1]).isNotEqualTo((byte) 235);
    }

    @Test
    void lumaStaysInVideoRange() {
        MovingPattern pattern = new MovingPattern(WIDTH, HEIGHT, 1);
        byte[] plane = new byte[WIDTH * HEIGHT];
        for (long frame = 0; frame < 300; frame += 37) {
            pattern.fillLuma(plane, WIDTH, frame);
            for (byte value : plane) {
                assertThat(value & 0xFF).isBetween(16, 235);
            }
        }
    }

    @Test
    void strideLeavesRowPaddingUntouched() {
        int stride = WIDTH + 32;
        byte[] plane = new byte[stride * HEIGHT];
        new MovingPattern(WIDTH, HEIGHT, 1).fillLuma(plane, stride, 5);
        assertThat(plane[WIDTH]).isZero();
        assertThat(plane[stride - 1]).isZero();
        assertThat(plane[stride]).isNotZero();
    }

    @Test
    void tintsDifferPerBot() {
        byte[] u1 = new byte[WIDTH / 2 * HEIGHT / 2];
        byte[] v1 = new byte[u1.length];
        byte[] u2 = new byte[u1.length];
        byte[] v2 = new byte[u1.length];
        new MovingPattern(WIDTH, HEIGHT, 1).fillChroma(u1, v1, WIDTH / 2);
        new MovingPattern(WIDTH, HEIGHT, 2).fillChroma(u2, v2, WIDTH / 2);
        assertThat(u1[0] != u2[0] || v1[0] != v2[0]).isTrue();
        assertThat(u1[u1.length - 1]).isEqualTo(u1[0]);
    }
}
