package dev.parley.loadtest.bot;

import java.util.concurrent.atomic.AtomicLong;

/**
 * What one bot received from one other participant's camera: decoded frames counted by the video track's sink, the
 * {@link System#nanoTime()} of the first one, and when the server's recv offer stopped carrying the track (the
 * subscription ended: the participant left or unpublished). Written by libwebrtc's decoder thread and the bot's thread,
 * read by anyone; all fields are atomics.
 */
public final class RemoteVideo {
    private static final long NONE = Long.MIN_VALUE;

    private final String participantId;
    private final AtomicLong frames = new AtomicLong();
    private final AtomicLong firstFrameNanos = new AtomicLong(NONE);
    private final AtomicLong endedNanos = new AtomicLong(NONE);

    RemoteVideo(String participantId) {
        this.participantId = participantId;
    }

    /** A point-in-time copy; {@code firstFrameNanos} and {@code endedNanos} are {@link System#nanoTime()} values, or null. */
    public record Snapshot(String participantId, long frames, Long firstFrameNanos, Long endedNanos) {
        public boolean ended() {
            return endedNanos != null;
        }
    }

    public String participantId() {
        return participantId;
    }

    void frameDecoded(long nowNanos) {
        if (frames.incrementAndGet() == 1) {
            firstFrameNanos.compareAndSet(NONE, nowNanos);
        }
    }

    void ended(long nowNanos) {
        endedNanos.compareAndSet(NONE, nowNanos);
    }

    void resumed() {
        endedNanos.set(NONE);
    }

    public Snapshot snapshot() {
        long first = firstFrameNanos.get();
        long ended = endedNanos.get();
        return new Snapshot(participantId, frames.get(), first == NONE ? null : first, ended == NONE ? null : ended);
    }
}
