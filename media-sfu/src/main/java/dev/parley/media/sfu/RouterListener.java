package dev.parley.media.sfu;

/**
 * What a Router tells its owner (the server's conference). Called on the Router's loop thread: implementations must not block
 * and must not call back into the Router synchronously expecting a result (post, or use the returned futures asynchronously).
 */
public interface RouterListener {
    /** A transport changed state; {@code reason} is a short human sentence for FAILED/CLOSED, else empty. */
    default void onTransportStateChanged(WebRtcTransport transport, TransportState state, String reason) {
    }

    /** A Producer was closed by the SFU itself (its transport failed or closed), not by {@code closeProducer}. */
    default void onProducerClosed(Producer producer) {
    }

    /** A Consumer was closed by the SFU itself (its Producer or transport went away), not by {@code closeConsumer}. */
    default void onConsumerClosed(Consumer consumer) {
    }

    /** No-op listener. */
    RouterListener NONE = new RouterListener() {
    };
}
