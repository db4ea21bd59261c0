package dev.parley.media.sfu.rtp;

import java.util.List;

/** What the server states about its side of one WebRtcTransport in SDP: ICE-lite credentials, candidates, DTLS fingerprint. */
public record LocalTransportParameters(IceParameters ice, List<IceCandidate> candidates, DtlsFingerprint fingerprint) {
    public LocalTransportParameters {
        candidates = List.copyOf(candidates);
    }
}
