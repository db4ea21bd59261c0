package dev.parley.loadtest.bot;

import dev.onvoid.webrtc.PeerConnectionObserver;
import dev.onvoid.webrtc.RTCIceCandidate;
import dev.onvoid.webrtc.RTCPeerConnectionState;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The peer connection observer both of a bot's connections use: it remembers the connection state (for diagnostics and
 * tests) and ignores local candidates, because Parley's server is ICE-lite (RFC 8445 §2.5): it never sends checks, so it
 * needs none of ours; our checks reach its host candidate from the answer.
 */
final class ConnectionWatcher implements PeerConnectionObserver {
    private final AtomicReference<RTCPeerConnectionState> state = new AtomicReference<>(RTCPeerConnectionState.NEW);

    @Override
    public void onIceCandidate(RTCIceCandidate candidate) {
        // Not signaled: see the class comment.
    }

    @Override
    public void onConnectionChange(RTCPeerConnectionState newState) {
        state.set(newState);
    }

    RTCPeerConnectionState state() {
        return state.get();
    }
}
