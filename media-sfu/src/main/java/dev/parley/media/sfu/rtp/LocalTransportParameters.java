package dev.parley.media.sfu.rtp;

import dev.parley.media.transport.ice.IceParameters;
import dev.parley.media.wire.sdp.DtlsFingerprint;
import java.util.List;

/** What the server states about its side of one WebRtcTransport in SDP: ICE-lite credentials, candidates, DTLS fingerprint. */
public record LocalTransportParameters(IceParameters ice, List<IceCandidate> candidates, DtlsFingerprint fingerprint) {
    public LocalTransportParameters {
        candidates = List.copyOf(candidates);
    }
}
