package dev.parley.loadtest.bot;

import dev.onvoid.webrtc.media.video.CustomVideoSource;
import dev.onvoid.webrtc.media.video.NativeI420Buffer;
import dev.onvoid.webrtc.media.video.VideoFrame;
import dev.onvoid.webrtc.media.video.VideoTrack;
import java.nio.ByteBuffer;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A camera made of a {@link CustomVideoSource} fed with {@link MovingPattern} I420 frames at the format's frame rate, from one
 * daemon thread. libwebrtc copies nothing here: each frame is a fresh native buffer that the encoder holds while it needs it,
 * so this thread releases its own reference right after the push.
 */
final class SyntheticCamera implements AutoCloseable {
    private final CustomVideoSource source = new CustomVideoSource();
    private final VideoTrack track;
    private final VideoFormat format;
    private final MovingPattern pattern;
    private final byte[] luma;
    private final byte[] chromaU;
    private final byte[] chromaV;
    private final AtomicLong framesPushed = new AtomicLong();
    private final ScheduledExecutorService clock;

    SyntheticCamera(WebRtcEngine engine, String trackId, VideoFormat format, int tint) {
        this.format = format;
        this.pattern = new MovingPattern(format.width(), format.height(), tint);
        this.luma = new byte[format.width() * format.height()];
        this.chromaU = new byte[format.width() / 2 * format.height() / 2];
        this.chromaV = new byte[chromaU.length];
        pattern.fillChroma(chromaU, chromaV, format.width() / 2);
        this.track = engine.factory().createVideoTrack(trackId, source);
        this.clock = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "camera-" + trackId);
            thread.setDaemon(true);
            return thread;
        });
    }

    VideoTrack track() {
        return track;
    }

    /** Starts pushing frames (every 1000/fps ms). */
    void start() {
        long periodMicros = 1_000_000L / format.framesPerSecond();
        clock.scheduleAtFixedRate(this::pushFrame, 0, periodMicros, TimeUnit.MICROSECONDS);
    }

    long framesPushed() {
        return framesPushed.get();
    }

    private void pushFrame() {
        long index = framesPushed.get();
        pattern.fillLuma(luma, format.width(), index);
        NativeI420Buffer buffer = NativeI420Buffer.allocate(format.width(), format.height());
        copyPlane(luma, format.width(), format.height(), buffer.getDataY(), buffer.getStrideY());
        copyPlane(chromaU, format.width() / 2, format.height() / 2, buffer.getDataU(), buffer.getStrideU());
        copyPlane(chromaV, format.width() / 2, format.height() / 2, buffer.getDataV(), buffer.getStrideV());
        VideoFrame frame = new VideoFrame(buffer, System.nanoTime());
        try {
            source.pushFrame(frame);
            framesPushed.incrementAndGet();
        } finally {
            frame.release();
        }
    }

    private static void copyPlane(byte[] from, int width, int height, ByteBuffer to, int stride) {
        for (int y = 0; y < height; y++) {
            to.put(y * stride, from, y * width, width);
        }
    }

    @Override
    public void close() {
        clock.shutdownNow();
        try {
            clock.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        track.dispose();
        source.dispose();
    }
}
