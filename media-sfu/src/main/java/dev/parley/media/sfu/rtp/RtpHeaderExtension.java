package dev.parley.media.sfu.rtp;

/** A negotiated RFC 8285 header extension: its URI and the id (1–14 one-byte, 1–255 two-byte) used on this connection. */
public record RtpHeaderExtension(String uri, int id) {
}
