package dev.parley.media.sfu.sdp;

import dev.parley.media.sfu.rtp.IceCandidate;
import dev.parley.media.sfu.rtp.LocalTransportParameters;
import dev.parley.media.transport.ice.IceParameters;
import dev.parley.media.wire.sdp.DtlsFingerprint;
import java.util.List;

/** The server side of a WebRtcTransport as the tests state it: fixed ICE-lite credentials, one loopback host candidate. */
final class TestTransports {
    static final IceParameters SERVER_ICE = new IceParameters("prly4Fq9", "Zt0cW3vW1ePnpm8yMkuYbG5e");
    static final DtlsFingerprint SERVER_FINGERPRINT = new DtlsFingerprint("sha-256",
            "9F:2E:61:0A:C4:77:5B:13:D8:E2:4A:90:3C:F1:6E:08:B5:2D:7A:C9:44:1F:E0:83:5C:6B:9D:12:A7:30:FE:41");
    static final IceCandidate LOOPBACK = new IceCandidate("udpcandidate", 2_130_706_431L, "127.0.0.1", 10000);

    static final LocalTransportParameters LOCAL =
            new LocalTransportParameters(SERVER_ICE, List.of(LOOPBACK), SERVER_FINGERPRINT);

    private TestTransports() {
    }

    /** The same SDP with CRLF line ends, as browsers hand it over. */
    static String crlf(String sdp) {
        return sdp.replace("\r\n", "\n").replace("\n", "\r\n");
    }
}
