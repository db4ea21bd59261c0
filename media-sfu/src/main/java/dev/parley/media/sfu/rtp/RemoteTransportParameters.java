package dev.parley.media.sfu.rtp;

import dev.parley.media.transport.ice.IceParameters;
import dev.parley.media.wire.sdp.DtlsFingerprint;

/** What the browser's SDP states about its side of one connection: ICE credentials and its DTLS certificate fingerprint. */
public record RemoteTransportParameters(IceParameters ice, DtlsFingerprint fingerprint) {
}
