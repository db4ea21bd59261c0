package dev.parley.media.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.parley.media.transport.ice.IceParameters;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Session lifetime on a real endpoint with a fake clock: consent expiry, ICE timeout, local and endpoint close. */
class UdpPeerLifecycleTest {

    final AtomicLong clock = new AtomicLong(5_000_000);
    UdpEndpoint endpoint;
    TestPeer peer;
    RecordingListener listener;
    UdpPeer session;

    @BeforeEach
    void open() throws Exception {
        endpoint = UdpEndpoint.open(TestPeer.loopbackConfig()
                .withConsentTimeout(Duration.ofSeconds(30))
                .withClockMillis(clock::get));
        peer = new TestPeer(endpoint.localAddress());
        listener = new RecordingListener();
        session = endpoint.createPeer(IceParameters.random(), peer.ice, peer.fingerprint(), listener);
    }

    @AfterEach
    void close() {
        peer.close();
        endpoint.close();
    }

    @Test
    void consentExpiresThirtySecondsAfterTheLastValidCheck() throws Exception {
        assertThat(peer.check(session.localIce().ufrag(), session.localIce().pwd(), true)).isNotNull();
        clock.addAndGet(29_000);
        assertThat(peer.check(session.localIce().ufrag(), session.localIce().pwd(), false)).isNotNull();
        clock.addAndGet(29_000);
        endpoint.expirePeers();
        assertThat(listener.closed).isNotDone();

        clock.addAndGet(1_001);
        endpoint.expirePeers();

        assertThat(listener.closed.get(1, TimeUnit.SECONDS)).isEqualTo(CloseReason.ICE_CONSENT_EXPIRED);
        assertThat(endpoint.peerCount()).isZero();
        peer.send(HexFormat.of().parseHex("16fefd000000000000000000010000")); // DTLS from the forgotten address
        await().atMost(Duration.ofSeconds(2)).until(() -> endpoint.stats().dropped(DropReason.UNKNOWN_SOURCE) == 1);
        assertThat(peer.check(session.localIce().ufrag(), session.localIce().pwd(), true)).isNull();
    }

    @Test
    void sessionWithoutAnyValidCheckTimesOut() throws Exception {
        clock.addAndGet(30_001);
        endpoint.expirePeers();

        assertThat(listener.closed.get(1, TimeUnit.SECONDS)).isEqualTo(CloseReason.ICE_TIMEOUT);
    }

    @Test
    void sessionNotYetNegotiatedWaitsAndTimesOutOnlyAfterItsParametersAreKnown() throws Exception {
        // Issue 12: the idle connection of a viewer without devices (or of someone alone) was closed after 30 s.
        RecordingListener idleListener = new RecordingListener();
        UdpPeer idle = endpoint.createPeer(IceParameters.random(), null, null, idleListener);
        clock.addAndGet(600_000);
        endpoint.expirePeers();
        assertThat(idleListener.closed).isNotDone();

        idle.setRemoteParameters(peer.ice, peer.fingerprint());
        clock.addAndGet(30_001);
        endpoint.expirePeers();

        assertThat(idleListener.closed.get(1, TimeUnit.SECONDS)).isEqualTo(CloseReason.ICE_TIMEOUT);
    }

    @Test
    void closeIsReportedOnceAndStopsSending() throws Exception {
        session.close();
        session.close();
        endpoint.close();

        assertThat(listener.closed.get(1, TimeUnit.SECONDS)).isEqualTo(CloseReason.LOCAL_CLOSE);
        assertThat(session.isClosed()).isTrue();
        assertThat(session.sendRtp(new byte[40], 0, 20)).isFalse();
        assertThat(session.stats().dropped(DropReason.NOT_CONNECTED)).isEqualTo(1);
    }

    @Test
    void closingTheEndpointClosesItsSessions() throws Exception {
        endpoint.close();

        assertThat(listener.closed.get(1, TimeUnit.SECONDS)).isEqualTo(CloseReason.ENDPOINT_CLOSED);
    }

    @Test
    void localUfragMustBeUnique() {
        assertThatThrownBy(() -> endpoint.createPeer(session.localIce(), null, null, new RecordingListener()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
