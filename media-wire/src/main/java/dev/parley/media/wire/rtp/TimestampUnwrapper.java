package dev.parley.media.wire.rtp;

/** Unwraps 32-bit RTP timestamps to a 64-bit monotonic counter (same rules as {@link SeqNumUnwrapper}). */
public final class TimestampUnwrapper extends WrapUnwrapper {
    public TimestampUnwrapper() {
        super(32);
    }
}
