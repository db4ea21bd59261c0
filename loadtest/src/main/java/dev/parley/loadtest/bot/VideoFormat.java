package dev.parley.loadtest.bot;

/**
 * The synthetic camera's output: I420 frames of {@code width x height} pushed {@code framesPerSecond} times a second.
 * Keep it small on a 2-core machine: a libwebrtc VP8 encoder at 320x180@15 costs a few percent of a core, and every bot also
 * decodes what the others send.
 *
 * @param width           pixels, even (I420 chroma planes are half size)
 * @param height          pixels, even
 * @param framesPerSecond frames pushed per second
 */
public record VideoFormat(int width, int height, int framesPerSecond) {
    /** The benchmark's default: a thumbnail-sized tile at a low frame rate. */
    public static final VideoFormat THUMBNAIL = new VideoFormat(160, 90, 10);

    public VideoFormat {
        if (width < 16 || height < 16 || width % 2 != 0 || height % 2 != 0) {
            throw new IllegalArgumentException("width and height must be even and at least 16, got " + width + "x" + height);
        }
        if (framesPerSecond < 1 || framesPerSecond > 60) {
            throw new IllegalArgumentException("framesPerSecond must be 1..60, got " + framesPerSecond);
        }
    }

    /** Parses {@code WIDTHxHEIGHT@FPS}, e.g. {@code 320x180@15}. */
    public static VideoFormat parse(String text) {
        String[] sizeAndRate = text.trim().split("@");
        String[] size = sizeAndRate[0].split("x");
        if (sizeAndRate.length != 2 || size.length != 2) {
            throw new IllegalArgumentException("expected WIDTHxHEIGHT@FPS such as 320x180@15, got '" + text + "'");
        }
        return new VideoFormat(Integer.parseInt(size[0]), Integer.parseInt(size[1]), Integer.parseInt(sizeAndRate[1]));
    }

    @Override
    public String toString() {
        return width + "x" + height + "@" + framesPerSecond;
    }
}
