package dev.parley.media.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.parley.media.transport.dtls.DtlsCertificate;
import dev.parley.media.transport.ice.CidrRange;
import dev.parley.media.transport.ice.IceParameters;
import dev.parley.media.transport.srtp.PacketView;
import dev.parley.media.transport.srtp.SrtpKeys;
import dev.parley.media.transport.srtp.SrtpProfile;
import dev.parley.media.transport.srtp.SrtpResult;
import dev.parley.media.transport.srtp.SrtpSession;
import dev.parley.media.wire.stun.StunMessage;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A real UdpEndpoint on loopback against a STUN + BouncyCastle DTLS client playing the browser. */
class UdpEndpointIntegrationTest {

    /** Opus RTP: V=2, PT=111, seq 1, ts 960, SSRC 0x01020304, payload "opus". */
    static final byte[] RTP = HexFormat.of().parseHex("806f0001000003c001020304" + "6f707573");
    /** RTCP receiver report, no blocks, SSRC 0x01020304. */
    static final byte[] RTCP = HexFormat.of().parseHex("80c9000101020304");

    UdpEndpoint endpoint;
    TestPeer peer;
    RecordingListener listener;
    UdpPeer session;

    @BeforeEach
    void open() throws Exception {
        endpoint = UdpEndpoint.open(TestPeer.loopbackConfig());
        peer = new TestPeer(endpoint.localAddress());
        listener = new RecordingListener();
        session = endpoint.createPeer(IceParameters.random(), peer.ice, peer.fingerprint(), listener);
    }

    @AfterEach
    void close() {
        peer.close();
        endpoint.close();
    }

    StunMessage validCheck() throws Exception {
        return peer.check(session.localIce().ufrag(), session.localIce().pwd(), true);
    }

    @ParameterizedTest
    @EnumSource(SrtpProfile.class)
    void iceDtlsAndSrtpBothWays(SrtpProfile offered) throws Exception {
        StunMessage answer = validCheck();
        assertThat(answer.type()).isEqualTo(StunMessage.BINDING_SUCCESS);
        assertThat(answer.xorMappedAddress()).isEqualTo(peer.socket.getLocalSocketAddress());

        long start = System.nanoTime();
        SrtpKeys clientKeys = peer.handshake(endpoint.certificate().fingerprint(), offered);
        listener.connected.get(5, TimeUnit.SECONDS);
        System.out.printf("in-JVM DTLS handshake %s: %d ms%n", offered, (System.nanoTime() - start) / 1_000_000);
        assertThat(session.srtpProfile()).isEqualTo(offered);
        assertThat(session.remoteAddress()).isEqualTo(peer.socket.getLocalSocketAddress());

        SrtpSession client = new SrtpSession(clientKeys, false);
        peer.send(protect(client, RTP, false));
        peer.send(protect(client, RTCP, true));
        await().atMost(Duration.ofSeconds(2)).until(() -> listener.rtp.size() == 1 && listener.rtcp.size() == 1);
        assertThat(listener.rtp.get(0)).isEqualTo(RTP);
        assertThat(listener.rtcp.get(0)).isEqualTo(RTCP);

        byte[] out = Arrays.copyOf(RTP, RTP.length + UdpPeer.SRTP_OVERHEAD);
        assertThat(session.sendRtp(out, 0, RTP.length)).isTrue();
        byte[] received = peer.receive(2000);
        PacketView view = new PacketView().set(received, 0, received.length);
        assertThat(client.unprotectRtp(view)).isEqualTo(SrtpResult.OK);
        assertThat(Arrays.copyOfRange(view.getBuffer(), view.getOffset(), view.getOffset() + view.getLength())).isEqualTo(RTP);

        assertThat(session.stats().packetsOut()).isGreaterThanOrEqualTo(2); // STUN answer, DTLS flights, RTP
        assertThat(session.stats().droppedTotal()).isZero();
    }

    @Test
    void answerIsSignedWithTheLocalPasswordAndFingerprinted() throws Exception {
        StunMessage answer = validCheck();

        byte[] key = session.localIce().pwd().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(answer.verifyIntegrity(peer.lastAnswer, 0, key)).isTrue();
        assertThat(answer.verifyFingerprint(peer.lastAnswer, 0)).isTrue();
        await().atMost(Duration.ofSeconds(1)).until(() -> endpoint.stats().packetsOut() == 1); // counted after the send
    }

    @Test
    void ipv6LoopbackWorksEndToEnd() throws Exception {
        InetAddress v6 = InetAddress.getByName("::1");
        try (UdpEndpoint v6Endpoint = UdpEndpoint.open(TestPeer.loopbackConfig().withBindAddress(new InetSocketAddress(v6, 0)));
                TestPeer v6Peer = new TestPeer(v6Endpoint.localAddress(), v6)) {
            RecordingListener v6Listener = new RecordingListener();
            UdpPeer v6Session = v6Endpoint.createPeer(
                    IceParameters.random(), v6Peer.ice, v6Peer.fingerprint(), v6Listener);

            StunMessage answer = v6Peer.check(v6Session.localIce().ufrag(), v6Session.localIce().pwd(), true);
            assertThat(answer.xorMappedAddress()).isEqualTo(v6Peer.socket.getLocalSocketAddress());
            SrtpSession client = new SrtpSession(
                    v6Peer.handshake(v6Endpoint.certificate().fingerprint(), SrtpProfile.AEAD_AES_128_GCM), false);
            v6Listener.connected.get(5, TimeUnit.SECONDS);
            v6Peer.send(protect(client, RTP, false));

            await().atMost(Duration.ofSeconds(2)).until(() -> v6Listener.rtp.size() == 1);
            assertThat(v6Listener.rtp.get(0)).isEqualTo(RTP);
        }
    }

    @Test
    void remoteParametersMayArriveAfterTheChecks() throws Exception {
        RecordingListener late = new RecordingListener();
        UdpPeer offered = endpoint.createPeer(IceParameters.random(), null, null, late);
        assertThat(peer.check(offered.localIce().ufrag(), offered.localIce().pwd(), true)).isNotNull();

        CompletableFuture<SrtpKeys> client = CompletableFuture.supplyAsync(() -> {
            try {
                return peer.handshake(endpoint.certificate().fingerprint(), SrtpProfile.AEAD_AES_128_GCM);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Thread.sleep(300);
        assertThat(late.connected).isNotDone(); // the ClientHello waits for the fingerprint
        offered.setRemoteParameters(peer.ice, peer.fingerprint());

        assertThat(client.get(10, TimeUnit.SECONDS)).isNotNull();
        late.connected.get(5, TimeUnit.SECONDS);
        assertThat(offered.isConnected()).isTrue();
    }

    @Test
    void wrongIceCredentialsGetNoAnswer() throws Exception {
        assertThat(peer.check(session.localIce().ufrag(), "wrong-password-wrong-password", true)).isNull();
        assertThat(peer.check("nobody", session.localIce().pwd(), true)).isNull();

        assertThat(session.stats().dropped(DropReason.ICE_BAD_INTEGRITY)).isEqualTo(1);
        assertThat(endpoint.stats().dropped(DropReason.ICE_UNKNOWN_UFRAG)).isEqualTo(1);
        assertThat(session.remoteAddress()).isNull();
    }

    @Test
    void wrongFingerprintClosesTheSessionAndNoMediaFlows() throws Exception {
        RecordingListener other = new RecordingListener();
        UdpPeer pinnedToSomeoneElse = endpoint.createPeer(
                IceParameters.random(), peer.ice, DtlsCertificate.generate().fingerprint(), other);
        assertThat(peer.check(pinnedToSomeoneElse.localIce().ufrag(), pinnedToSomeoneElse.localIce().pwd(), true))
                .isNotNull();

        assertThatThrownBy(() -> peer.handshake(endpoint.certificate().fingerprint(), SrtpProfile.AEAD_AES_128_GCM))
                .isInstanceOf(java.io.IOException.class);

        assertThat(other.closed.get(5, TimeUnit.SECONDS)).isEqualTo(CloseReason.DTLS_FINGERPRINT_MISMATCH);
        assertThat(other.connected).isNotDone();
        assertThat(pinnedToSomeoneElse.sendRtp(RTP.clone(), 0, RTP.length)).isFalse();
        assertThat(endpoint.peerCount()).isEqualTo(1);
    }

    @Test
    void garbageOfEveryKindIsCountedAndTheHealthySessionKeepsWorking() throws Exception {
        validCheck();
        SrtpSession client = new SrtpSession(peer.handshake(endpoint.certificate().fingerprint(),
                SrtpProfile.AEAD_AES_128_GCM, SrtpProfile.AES128_CM_HMAC_SHA1_80), false);
        listener.connected.get(5, TimeUnit.SECONDS);
        TrafficStats before = endpoint.stats();

        peer.send(HexFormat.of().parseHex("000100042112a442" + "0102030405060708090a0b0c")); // STUN, length lies
        peer.send(HexFormat.of().parseHex("011100002112a442" + "0102030405060708090a0b0c")); // STUN error response
        peer.send(HexFormat.of().parseHex("16fefd0000"));                                   // DTLS, 5 bytes
        peer.send(HexFormat.of().parseHex("8060"));                                         // RTP, 2 bytes
        peer.send(HexFormat.of().parseHex("80c8"));                                         // RTCP, 2 bytes
        byte[] forgedRtp = Arrays.copyOf(RTP, RTP.length + 16);                            // no valid tag
        peer.send(forgedRtp);
        byte[] forgedRtcp = Arrays.copyOf(RTCP, RTCP.length + 20);
        peer.send(forgedRtcp);
        peer.send(HexFormat.of().parseHex("5a5a5a5a5a5a"));                                 // no protocol
        peer.send(new byte[1600]);                                                           // oversize
        byte[] replay = protect(client, RTP, false);
        peer.send(replay);
        peer.send(replay);
        try (TestPeer stranger = new TestPeer(endpoint.localAddress())) {
            stranger.send(protect(client, RTCP, true));                                       // unknown source
        }

        await().atMost(Duration.ofSeconds(2)).until(() -> endpoint.stats().dropped(DropReason.UNKNOWN_SOURCE) == 1);
        Thread.sleep(200); // loopback keeps order per socket; the stranger's socket may overtake, so allow a little time
        TrafficStats after = endpoint.stats();
        Map<DropReason, Long> deltas = new EnumMap<>(DropReason.class);
        for (DropReason reason : DropReason.values()) {
            long delta = after.dropped(reason) - before.dropped(reason);
            if (delta != 0) {
                deltas.put(reason, delta);
            }
        }
        assertThat(deltas).isEqualTo(Map.of(
                DropReason.MALFORMED_STUN, 1L,
                DropReason.STUN_NOT_BINDING_REQUEST, 1L,
                DropReason.TRUNCATED, 3L,
                DropReason.SRTP_AUTH_FAILED, 2L,
                DropReason.SRTP_REPLAY, 1L,
                DropReason.UNKNOWN_PACKET_KIND, 1L,
                DropReason.OVERSIZE, 1L,
                DropReason.UNKNOWN_SOURCE, 1L));
        assertThat(listener.rtp).hasSize(1);

        byte[] next = RTP.clone();
        next[3] = 2; // sequence number 2
        peer.send(protect(client, next, false));
        await().atMost(Duration.ofSeconds(2)).until(() -> listener.rtp.size() == 2);
        assertThat(listener.rtp.get(1)).isEqualTo(next);
        assertThat(session.isConnected()).isTrue();
    }

    @Test
    void checksFromOutsideTheAllowedRangesAreDropped() throws Exception {
        endpoint.close();
        endpoint = UdpEndpoint.open(UdpEndpointConfig.defaults()
                .withBindAddress(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
                .withAllowedIceSources(java.util.List.of(CidrRange.parse("10.0.0.0/8"))));
        peer.close();
        peer = new TestPeer(endpoint.localAddress());
        session = endpoint.createPeer(IceParameters.random(), peer.ice, peer.fingerprint(), listener);

        assertThat(validCheck()).isNull();
        assertThat(endpoint.stats().dropped(DropReason.ICE_SOURCE_NOT_ALLOWED)).isEqualTo(1);
    }

    private static byte[] protect(SrtpSession client, byte[] packet, boolean rtcp) {
        PacketView view = new PacketView().set(Arrays.copyOf(packet, packet.length + 32), 0, packet.length);
        assertThat(rtcp ? client.protectRtcp(view) : client.protectRtp(view)).isEqualTo(SrtpResult.OK);
        return Arrays.copyOfRange(view.getBuffer(), view.getOffset(), view.getOffset() + view.getLength());
    }
}
