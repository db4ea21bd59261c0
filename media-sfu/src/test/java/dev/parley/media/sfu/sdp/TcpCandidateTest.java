package dev.parley.media.sfu.sdp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.media.sfu.rtp.IceCandidate;
import dev.parley.media.sfu.rtp.LocalTransportParameters;
import dev.parley.media.wire.sdp.Candidate;
import dev.parley.media.wire.sdp.Codec;
import dev.parley.media.wire.sdp.Direction;
import dev.parley.media.wire.sdp.MediaDescription;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ICE-TCP candidate in the server's SDP: RFC 6544 §4.5 syntax, after the UDP one. */
class TcpCandidateTest {
    @Test
    void aTcpCandidateIsWrittenPassiveAndTheDefaultAddressStaysUdp() {
        IceCandidate tcp = new IceCandidate("tcp1", 1_526_726_655L, "127.0.0.1", 10443, "tcp");
        LocalTransportParameters local = new LocalTransportParameters(TestTransports.SERVER_ICE,
                List.of(TestTransports.LOOPBACK, tcp), TestTransports.SERVER_FINGERPRINT);

        MediaDescription section = SectionWriter.finish(
                SectionWriter.open("audio", "0", Direction.RECVONLY, local, "passive").codec(
                        new Codec(111, "opus", 48000, 2, Map.of(), List.of())),
                local);

        assertThat(section.candidates()).extracting(Candidate::sdpValue).containsExactly(
                "udpcandidate 1 udp 2130706431 127.0.0.1 10000 typ host",
                "tcp1 1 tcp 1526726655 127.0.0.1 10443 typ host tcptype passive");
        assertThat(section.port()).isEqualTo(10000);
    }
}
