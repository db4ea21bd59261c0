package dev.parley.media.sfu.rtp;

/** What the browser's SDP states about its side of one connection: ICE credentials and its DTLS certificate fingerprint. */
public record RemoteTransportParameters(IceParameters ice, DtlsFingerprint fingerprint) {
}
