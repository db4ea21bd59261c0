package dev.parley.media.sfu.rtp;

/**
 * A host candidate the SFU announces (RFC 8839 a=candidate): the shared UDP port on one announced address, or the ICE-TCP port
 * as a passive candidate (RFC 6544 §4.5, {@code tcptype passive}).
 *
 * @param protocol "udp" or "tcp"
 */
public record IceCandidate(String foundation, long priority, String address, int port, String protocol) {
    public IceCandidate {
        if (!protocol.equals("udp") && !protocol.equals("tcp")) {
            throw new IllegalArgumentException("protocol must be udp or tcp, got " + protocol);
        }
    }

    /** A UDP candidate. */
    public IceCandidate(String foundation, long priority, String address, int port) {
        this(foundation, priority, address, port, "udp");
    }
}
