package dev.parley.media.wire.rtp;

/**
 * Unwraps 16-bit RTP sequence numbers to a 64-bit monotonic counter, e.g. 65534, 65535, 0, 1 → 65534, 65535, 65536, 65537.
 * Values may go negative when the first packets arrive reordered around the start. See {@link WrapUnwrapper}.
 */
public final class SeqNumUnwrapper extends WrapUnwrapper {
    public SeqNumUnwrapper() {
        super(16);
    }
}
