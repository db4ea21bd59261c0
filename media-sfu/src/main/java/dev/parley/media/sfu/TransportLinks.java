package dev.parley.media.sfu;

/**
 * The production {@link MediaLink.Factory}: media-transport's UDP endpoint on the configured port, one session per
 * WebRtcTransport. (Filled in when media-transport's endpoint/session API lands.)
 */
final class TransportLinks {
    private TransportLinks() {
    }

    static MediaLink.Factory open(MediaConfig config) {
        throw new UnsupportedOperationException("media-transport's UdpEndpoint is not available yet");
    }
}
