package dev.parley.media.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.parley.media.transport.ice.IceParameters;
import dev.parley.media.transport.srtp.PacketView;
import dev.parley.media.transport.srtp.SrtpProfile;
import dev.parley.media.transport.srtp.SrtpResult;
import dev.parley.media.transport.srtp.SrtpSession;
import dev.parley.media.wire.stun.StunMessage;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * ICE over TCP (RFC 6544, RFC 4571 framing) on a real loopback port: the same ICE, DTLS and SRTP as over UDP, and every kind of
 * bad client ends in a counted drop and a closed connection, never a stuck thread or a leaked socket.
 */
class TcpMediaPortTest {
    private static final int MAX_CONNECTIONS = 4;

    final AtomicLong clock = new AtomicLong(1_000_000);
    UdpEndpoint endpoint;
    InetSocketAddress tcp;
    RecordingListener listener;
    UdpPeer session;
    final List<TcpTestPeer> clients = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        endpoint = UdpEndpoint.open(TestPeer.loopbackConfig().withClockMillis(clock::get));
        endpoint.openTcp(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), MAX_CONNECTIONS);
        tcp = endpoint.tcpAddress();
        listener = new RecordingListener();
    }

    @AfterEach
    void close() throws Exception {
        for (TcpTestPeer client : clients) {
            client.close();
        }
        endpoint.close();
    }

    TcpTestPeer connect() throws Exception {
        TcpTestPeer client = new TcpTestPeer(tcp);
        clients.add(client);
        return client;
    }

    @Test
    void iceDtlsAndSrtpBothWaysOverOneConnection() throws Exception {
        TcpTestPeer client = connect();
        session = endpoint.createPeer(IceParameters.random(), client.ice, client.fingerprint(), listener);

        StunMessage answer = client.check(session.localIce().ufrag(), session.localIce().pwd());
        assertThat(answer.type()).isEqualTo(StunMessage.BINDING_SUCCESS);
        assertThat(answer.xorMappedAddress()).isEqualTo(client.socket.getLocalSocketAddress());
        SrtpSession srtp = new SrtpSession(client.handshake(endpoint.certificate().fingerprint(), SrtpProfile.AEAD_AES_128_GCM),
                false);
        listener.connected.get(5, TimeUnit.SECONDS);
        assertThat(session.remoteAddress()).isEqualTo(client.socket.getLocalSocketAddress());

        client.send(protect(srtp, UdpEndpointIntegrationTest.RTP, false));
        client.send(protect(srtp, UdpEndpointIntegrationTest.RTCP, true));
        await().atMost(Duration.ofSeconds(2)).until(() -> listener.rtp.size() == 1 && listener.rtcp.size() == 1);
        assertThat(listener.rtp.get(0)).isEqualTo(UdpEndpointIntegrationTest.RTP);

        byte[] rtp = UdpEndpointIntegrationTest.RTP;
        assertThat(session.sendRtp(Arrays.copyOf(rtp, rtp.length + UdpPeer.SRTP_OVERHEAD), 0, rtp.length)).isTrue();
        byte[] frame = client.receive(2000);
        PacketView view = new PacketView().set(frame, 0, frame.length);
        assertThat(srtp.unprotectRtp(view)).isEqualTo(SrtpResult.OK);
        assertThat(Arrays.copyOfRange(view.getBuffer(), view.getOffset(), view.getOffset() + view.getLength())).isEqualTo(rtp);
        assertThat(session.stats().droppedTotal()).isZero();
        assertThat(endpoint.tcpConnectionCount()).isEqualTo(1);
    }

    @Test
    void aNominationOverTcpMovesThePeerFromUdpAndBothFeedTheSameDemux() throws Exception {
        TcpTestPeer client = connect();
        session = endpoint.createPeer(IceParameters.random(), null, null, listener); // any remote ufrag: two test agents
        try (TestPeer udp = new TestPeer(endpoint.localAddress())) {
            assertThat(udp.check(session.localIce().ufrag(), session.localIce().pwd(), true)).isNotNull();
            assertThat(session.remoteAddress()).isEqualTo(udp.socket.getLocalSocketAddress());

            assertThat(client.check(session.localIce().ufrag(), session.localIce().pwd())).isNotNull();
            assertThat(session.remoteAddress()).isEqualTo(client.socket.getLocalSocketAddress());

            // Back to UDP with a new nomination, and the TCP connection stays bound to the peer meanwhile.
            assertThat(udp.check(session.localIce().ufrag(), session.localIce().pwd(), true)).isNotNull();
            assertThat(session.remoteAddress()).isEqualTo(udp.socket.getLocalSocketAddress());
            assertThat(endpoint.tcpConnectionCount()).isEqualTo(1);
        }
    }

    @Test
    void aConnectionBoundToOnePeerDoesNotAnswerChecksForAnother() throws Exception {
        TcpTestPeer client = connect();
        session = endpoint.createPeer(IceParameters.random(), null, null, listener);
        UdpPeer other = endpoint.createPeer(IceParameters.random(), null, null, new RecordingListener());
        assertThat(client.check(session.localIce().ufrag(), session.localIce().pwd())).isNotNull();

        assertThat(client.check(other.localIce().ufrag(), other.localIce().pwd())).isNull();
        assertThat(other.remoteAddress()).isNull();
        assertThat(endpoint.stats().dropped(DropReason.ICE_UNKNOWN_UFRAG)).isEqualTo(1);
    }

    @Test
    void garbageAsTheFirstFrameClosesTheConnection() throws Exception {
        TcpTestPeer client = connect();
        client.send(HexFormat.of().parseHex("5a5a5a5a5a5a"));

        assertThat(client.closedByServer(3000)).isTrue();
        assertThat(endpoint.stats().dropped(DropReason.TCP_NOT_ICE)).isEqualTo(1);
        assertThat(endpoint.stats().dropped(DropReason.UNKNOWN_PACKET_KIND)).isEqualTo(1);
        await().atMost(Duration.ofSeconds(2)).until(() -> endpoint.tcpConnectionCount() == 0);
    }

    @Test
    void aCheckWithTheWrongPasswordClosesTheConnection() throws Exception {
        TcpTestPeer client = connect();
        session = endpoint.createPeer(IceParameters.random(), client.ice, client.fingerprint(), listener);

        assertThat(client.check(session.localIce().ufrag(), "wrong-password-wrong-password")).isNull();
        assertThat(client.closedByServer(3000)).isTrue();
        assertThat(session.stats().dropped(DropReason.ICE_BAD_INTEGRITY)).isEqualTo(1);
        assertThat(endpoint.stats().dropped(DropReason.TCP_NOT_ICE)).isEqualTo(1);
        assertThat(session.remoteAddress()).isNull();
    }

    @Test
    void anOversizeFrameClosesEvenABoundConnection() throws Exception {
        TcpTestPeer client = connect();
        session = endpoint.createPeer(IceParameters.random(), client.ice, client.fingerprint(), listener);
        assertThat(client.check(session.localIce().ufrag(), session.localIce().pwd())).isNotNull();

        client.sendRaw(HexFormat.of().parseHex("ffff" + "16fefd"));

        assertThat(client.closedByServer(3000)).isTrue();
        assertThat(endpoint.stats().dropped(DropReason.TCP_FRAME_OVERSIZE)).isEqualTo(1);
        await().atMost(Duration.ofSeconds(2)).until(() -> endpoint.tcpConnectionCount() == 0);
    }

    @Test
    void aSlowlorisThatNeverCompletesAFrameIsClosed() throws Exception {
        TcpTestPeer silent = connect();
        TcpTestPeer dribbling = connect();
        dribbling.sendRaw(new byte[] {0x00}); // half a length prefix, then nothing
        await().atMost(Duration.ofSeconds(2)).until(() -> endpoint.tcpConnectionCount() == 2);

        clock.addAndGet(TcpMediaPort.FIRST_CHECK_MILLIS + 1);

        assertThat(silent.closedByServer(5000)).isTrue();
        assertThat(dribbling.closedByServer(5000)).isTrue();
        assertThat(endpoint.stats().dropped(DropReason.TCP_IDLE)).isEqualTo(2);
        await().atMost(Duration.ofSeconds(2)).until(() -> endpoint.tcpConnectionCount() == 0);
    }

    @Test
    void connectionsBeyondTheLimitAreRefusedAndSlotsComeBack() throws Exception {
        List<TcpTestPeer> first = new ArrayList<>();
        for (int i = 0; i < MAX_CONNECTIONS; i++) {
            first.add(connect());
        }
        await().atMost(Duration.ofSeconds(2)).until(() -> endpoint.tcpConnectionCount() == MAX_CONNECTIONS);

        TcpTestPeer refused = connect();
        assertThat(refused.closedByServer(3000)).isTrue();
        assertThat(endpoint.stats().dropped(DropReason.TCP_CONNECTION_LIMIT)).isEqualTo(1);

        first.get(0).close();
        await().atMost(Duration.ofSeconds(3)).until(() -> endpoint.tcpConnectionCount() == MAX_CONNECTIONS - 1);
        TcpTestPeer accepted = connect();
        session = endpoint.createPeer(IceParameters.random(), accepted.ice, accepted.fingerprint(), listener);
        assertThat(accepted.check(session.localIce().ufrag(), session.localIce().pwd())).isNotNull();
    }

    @Test
    void closingThePeerClosesItsConnection() throws Exception {
        TcpTestPeer client = connect();
        session = endpoint.createPeer(IceParameters.random(), client.ice, client.fingerprint(), listener);
        assertThat(client.check(session.localIce().ufrag(), session.localIce().pwd())).isNotNull();

        session.close();

        assertThat(client.closedByServer(5000)).isTrue();
        await().atMost(Duration.ofSeconds(2)).until(() -> endpoint.tcpConnectionCount() == 0);
    }

    private static byte[] protect(SrtpSession client, byte[] packet, boolean rtcp) {
        PacketView view = new PacketView().set(Arrays.copyOf(packet, packet.length + 32), 0, packet.length);
        assertThat(rtcp ? client.protectRtcp(view) : client.protectRtp(view)).isEqualTo(SrtpResult.OK);
        return Arrays.copyOfRange(view.getBuffer(), view.getOffset(), view.getOffset() + view.getLength());
    }
}
