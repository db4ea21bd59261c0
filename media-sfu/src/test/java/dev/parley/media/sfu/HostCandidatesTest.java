package dev.parley.media.sfu;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.media.sfu.rtp.IceCandidate;
import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class HostCandidatesTest {
    @Test
    void tcpCandidatesFollowEveryUdpOneWithALowerPriority() throws Exception {
        List<InetAddress> addresses = List.of(InetAddress.getByName("203.0.113.7"), InetAddress.getByName("::1"));

        List<IceCandidate> candidates = MediaServer.hostCandidates(addresses, 10000, 10443);

        assertThat(candidates).extracting(IceCandidate::protocol).containsExactly("udp", "udp", "tcp", "tcp");
        assertThat(candidates).extracting(IceCandidate::port).containsExactly(10000, 10000, 10443, 10443);
        long lowestUdp = Math.min(candidates.get(0).priority(), candidates.get(1).priority());
        assertThat(candidates.get(2).priority()).isLessThan(lowestUdp).isGreaterThan(candidates.get(3).priority());
        // RFC 8445 §5.1.2.1 with type preference 90 (libwebrtc's host TCP), local preference 65535, component 1.
        assertThat(candidates.get(2).priority()).isEqualTo((90L << 24) | (65535L << 8) | 255);
        assertThat(candidates).extracting(IceCandidate::foundation).doesNotHaveDuplicates();
    }

    @Test
    void withoutATcpPortThereAreOnlyUdpCandidates() throws Exception {
        assertThat(MediaServer.hostCandidates(List.of(InetAddress.getLoopbackAddress()), 10000, -1))
                .extracting(IceCandidate::protocol).containsExactly("udp");
    }
}
