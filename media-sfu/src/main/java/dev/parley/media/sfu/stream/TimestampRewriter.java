package dev.parley.media.sfu.stream;

import dev.parley.media.wire.rtp.RtpTimestamp;

/**
 * Maps a source's 32-bit RTP timestamps to a Consumer's own timeline: output = input − offset (mod 2^32).
 *
 * <p>Why an offset at all: the Consumer's stream starts at its own random timestamp (RFC 3550 §5.1), and a later switch to another
 * source (simulcast layer, a different Producer) must keep the subscriber's timeline continuous: {@link #switchSource} places the
 * new source's next timestamp where the old timeline would be after the elapsed wall-clock time. A pause of the same source needs
 * nothing: the source's own timestamps already advanced with real time. Sender Reports are translated with {@link #rewrite} too,
 * so NTP↔RTP pairs stay consistent and lip-sync works.
 *
 * <p>Not thread-safe: owned by one Consumer on its Router's loop.
 */
public final class TimestampRewriter {
    private final long clockRate;
    private final long firstOutput;
    private long offset;
    private boolean started;
    private long lastOut;
    private long lastOutNanos;

    /**
     * @param clockRate   RTP clock rate in Hz (48000 for Opus, 90000 for video)
     * @param firstOutput the first timestamp to emit (random per RFC 3550 §5.1)
     */
    public TimestampRewriter(long clockRate, long firstOutput) {
        this.clockRate = clockRate;
        this.firstOutput = firstOutput & 0xFFFF_FFFFL;
    }

    /** The output timestamp for a forwarded packet; the first one fixes the offset. {@code nowNanos} is the monotonic clock. */
    public long rewrite(long inTs, long nowNanos) {
        boolean first = !started;
        if (first) {
            offset = RtpTimestamp.add(inTs, -firstOutput);
            started = true;
        }
        long out = RtpTimestamp.add(inTs, -offset);
        if (first || RtpTimestamp.isNewer(out, lastOut)) {
            lastOut = out;
            lastOutNanos = nowNanos;
        }
        return out;
    }

    /**
     * The output timestamp for a value that is not a forwarded packet (a Sender Report's RTP timestamp), or -1 before the first
     * packet fixed the offset.
     */
    public long translate(long inTs) {
        return started ? RtpTimestamp.add(inTs, -offset) : -1;
    }

    /**
     * The next packet ({@code inTs}) comes from another source: continue the output timeline from the last emitted timestamp plus
     * the wall-clock time since, in RTP units (at least 1 tick so the timestamp moves).
     */
    public void switchSource(long inTs, long nowNanos) {
        if (!started) {
            return;
        }
        long elapsedTicks = Math.max(1, (nowNanos - lastOutNanos) * clockRate / 1_000_000_000L);
        long out = RtpTimestamp.add(lastOut, elapsedTicks);
        offset = RtpTimestamp.add(inTs, -out);
    }

    public boolean started() {
        return started;
    }
}
