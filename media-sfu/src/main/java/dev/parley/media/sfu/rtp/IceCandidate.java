package dev.parley.media.sfu.rtp;

/** A host candidate the SFU announces: the shared UDP port on one announced address (RFC 8839 a=candidate). */
public record IceCandidate(String foundation, long priority, String address, int port) {
}
