package dev.parley.media.sfu.bwe;

/**
 * What one subscriber (recv) transport can carry towards its browser right now: the contract between the send-side estimator
 * (fed by transport-wide-cc or REMB feedback) and the layer allocator that decides what to forward within it.
 *
 * <p>Loop-thread only, like the transport that owns it.
 */
public interface BandwidthEstimator {
    /** The estimated available send bitrate towards the subscriber, in bits per second. */
    long estimateBps();

    /**
     * The allocator would forward {@code targetBps} if the estimate allowed it: the estimator may probe (padding or RTX) up to it
     * to find out whether the path carries more. 0 stops probing.
     */
    void requestProbe(long targetBps);
}
