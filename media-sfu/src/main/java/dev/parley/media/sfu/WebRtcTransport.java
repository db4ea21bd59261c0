package dev.parley.media.sfu;

import dev.parley.media.sfu.rtp.LocalTransportParameters;
import dev.parley.media.sfu.rtp.RemoteTransportParameters;
import java.util.Map;

/** One ICE-lite + DTLS + SRTP association with a browser (one RTCPeerConnection). Public methods are thread-safe. */
public final class WebRtcTransport {
    private final String id;
    private final LocalTransportParameters local;
    private volatile TransportState state = TransportState.NEW;

    WebRtcTransport(String id, LocalTransportParameters local) {
        this.id = id;
        this.local = local;
    }

    public String id() {
        return id;
    }

    /** ICE-lite credentials, host candidates and the DTLS fingerprint for the server's SDP; ready at creation. */
    public LocalTransportParameters localParameters() {
        return local;
    }

    /** First call: starts ICE/DTLS with the browser's parameters. Same parameters again: no-op. Different ones: rejected. */
    public void connect(RemoteTransportParameters remote) {
        state = TransportState.CONNECTING;
    }

    public TransportState state() {
        return state;
    }

    public TransportStats stats() {
        return new TransportStats(id, state, 0, 0, 0, 0, Map.of());
    }

    public void close() {
        state = TransportState.CLOSED;
    }
}
