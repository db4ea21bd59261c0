package dev.parley.loadtest.bot;

/**
 * The synthetic camera's picture, computed into plain byte planes (no libwebrtc here, so it is unit-testable): a diagonal
 * luma ramp that scrolls one pixel per frame and a white square that crosses the frame in two seconds at 15 fps, on a chroma
 * tint chosen per bot. Motion matters: an encoder sends almost nothing for a still picture, which would make forwarding
 * numbers meaninglessly small.
 */
final class MovingPattern {
    /** Square side as a fraction of the height. */
    private static final int SQUARE_DIVISOR = 3;
    /** Frames for the square to cross the width once. */
    private static final int CROSSING_FRAMES = 30;

    private final int width;
    private final int height;
    private final byte tintU;
    private final byte tintV;

    /** @param tint any number; bots with different tints show different colours */
    MovingPattern(int width, int height, int tint) {
        this.width = width;
        this.height = height;
        this.tintU = (byte) (64 + Math.floorMod(tint * 53, 128));
        this.tintV = (byte) (64 + Math.floorMod(tint * 97, 128));
    }

    /** Fills a luma plane ({@code stride >= width} bytes per row) for frame {@code index}. */
    void fillLuma(byte[] plane, int stride, long index) {
        int side = height / SQUARE_DIVISOR;
        int squareX = (int) (Math.floorMod(index, CROSSING_FRAMES) * (width - side) / (CROSSING_FRAMES - 1));
        int squareY = (height - side) / 2;
        int shift = (int) Math.floorMod(index, 256);
        for (int y = 0; y < height; y++) {
            int row = y * stride;
            boolean squareRow = y >= squareY && y < squareY + side;
            for (int x = 0; x < width; x++) {
                boolean inSquare = squareRow && x >= squareX && x < squareX + side;
                // 16..235 is video-range luma (ITU-R BT.601); the ramp stays inside it.
                plane[row + x] = inSquare ? (byte) 235 : (byte) (16 + ((x + y + shift) & 0xFF) * 219 / 255);
            }
        }
    }

    /** Fills the two chroma planes (each {@code (width/2) x (height/2)}) with this pattern's tint. */
    void fillChroma(byte[] u, byte[] v, int stride) {
        for (int y = 0; y < height / 2; y++) {
            java.util.Arrays.fill(u, y * stride, y * stride + width / 2, tintU);
            java.util.Arrays.fill(v, y * stride, y * stride + width / 2, tintV);
        }
    }

    /** Where the square's left edge is in frame {@code index} (for tests). */
    int squareX(long index) {
        int side = height / SQUARE_DIVISOR;
        return (int) (Math.floorMod(index, CROSSING_FRAMES) * (width - side) / (CROSSING_FRAMES - 1));
    }
}
