package dev.parley.loadtest.bot;

import dev.onvoid.webrtc.media.audio.AudioTrack;
import dev.onvoid.webrtc.media.audio.CustomAudioSource;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A microphone made of a {@link CustomAudioSource}: 10 ms chunks of 48 kHz mono 16-bit PCM (the Opus encoder's native
 * frame), a 440 Hz beep for 200 ms of every second and silence between, so receivers see both voice-like and DTX-like
 * packets. Beeps rather than a steady tone: noise suppression removes a steady sine (shared/TESTING.md).
 */
final class SyntheticMicrophone implements AutoCloseable {
    private static final int SAMPLE_RATE = 48_000;
    private static final int CHUNK_MILLIS = 10;
    private static final int FRAMES_PER_CHUNK = SAMPLE_RATE * CHUNK_MILLIS / 1000;
    private static final int CHUNKS_PER_SECOND = 1000 / CHUNK_MILLIS;
    private static final int BEEP_CHUNKS = 20;
    private static final double TONE_HZ = 440;
    private static final double AMPLITUDE = 0.3 * Short.MAX_VALUE;

    private final CustomAudioSource source = new CustomAudioSource();
    private final AudioTrack track;
    private final byte[] pcm = new byte[FRAMES_PER_CHUNK * 2];
    private final ScheduledExecutorService clock;
    private long chunk;

    SyntheticMicrophone(WebRtcEngine engine, String trackId) {
        this.track = engine.factory().createAudioTrack(trackId, source);
        this.clock = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "microphone-" + trackId);
            thread.setDaemon(true);
            return thread;
        });
    }

    AudioTrack track() {
        return track;
    }

    void start() {
        clock.scheduleAtFixedRate(this::pushChunk, 0, CHUNK_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void pushChunk() {
        boolean beep = Math.floorMod(chunk, CHUNKS_PER_SECOND) < BEEP_CHUNKS;
        for (int i = 0; i < FRAMES_PER_CHUNK; i++) {
            long sampleIndex = chunk * FRAMES_PER_CHUNK + i;
            short sample = beep ? (short) (AMPLITUDE * Math.sin(2 * Math.PI * TONE_HZ * sampleIndex / SAMPLE_RATE)) : 0;
            pcm[2 * i] = (byte) sample;
            pcm[2 * i + 1] = (byte) (sample >> 8);
        }
        chunk++;
        source.pushAudio(pcm, 16, SAMPLE_RATE, 1, FRAMES_PER_CHUNK);
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
