package dev.parley.server.turn;

import java.util.List;

/** One RTCIceServer entry as the browser's RTCPeerConnection takes it (W3C WebRTC §4.2.1). */
public record IceServer(List<String> urls, String username, String credential) {
    @Override
    public String toString() {
        return "IceServer[urls=" + urls + ", username=" + username + ", credential=<redacted>]";
    }
}
