package dev.parley.media.sfu;

import static dev.parley.media.sfu.TestPackets.VIDEO_SSRC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.media.sfu.rtp.RemoteTransportParameters;
import dev.parley.media.transport.CloseReason;
import dev.parley.media.transport.ice.IceParameters;
import dev.parley.media.wire.sdp.DtlsFingerprint;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Ownership: closing a Producer, a transport or the Router releases what hangs below it, and says so to the listener. */
class RouterLifecycleTest {
    private final SfuHarness sfu = new SfuHarness();

    @AfterEach
    void close() {
        sfu.close();
    }

    @Test
    void closingAProducerClosesItsConsumers() {
        Producer producer = sfu.produce(TestPackets.video("1", VIDEO_SSRC, 0));
        sfu.consume(producer);

        sfu.router.closeProducer(producer.id()).join();

        assertThat(sfu.events).contains("consumer-closed:" + producer.id() + "-c");
        RouterStats stats = sfu.router.stats();
        assertThat(stats.producers()).isEmpty();
        assertThat(stats.consumers()).isEmpty();
        sfu.publisherPeer.deliverRtp(TestPackets.vp8(1, 0, TestPackets.VP8_KEYFRAME));
        sfu.flush();
        assertThat(sfu.router.stats().drops()).containsEntry("SFU_UNKNOWN_SSRC", 1L);
    }

    @Test
    void aFailedPublisherTransportTakesItsProducersAndTheirConsumersWithIt() {
        Producer producer = sfu.produce(TestPackets.video("1", VIDEO_SSRC, 0));
        sfu.consume(producer);

        sfu.publisherPeer.fail(CloseReason.ICE_CONSENT_EXPIRED);
        sfu.flush();

        assertThat(sfu.publisher.state()).isEqualTo(TransportState.FAILED);
        assertThat(sfu.events).contains("pub:FAILED", "producer-closed:" + producer.id(),
                "consumer-closed:" + producer.id() + "-c");
        assertThat(sfu.publisherPeer.closed).isTrue();
        assertThat(sfu.router.stats().transports()).extracting(TransportStats::id).containsExactly("sub");
        assertThatThrownBy(() -> sfu.router.consume(sfu.subscriber, "late", producer, "3", "x").join())
                .isInstanceOf(CompletionException.class).hasCauseInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void connectIsIdempotentForTheSameParametersAndRejectsAnotherCertificate() {
        sfu.publisher.connect(TestPackets.remote("pubU"));
        sfu.publisher.connect(TestPackets.remote("pubU"));

        RemoteTransportParameters otherPeer = new RemoteTransportParameters(new IceParameters("pubU", "x".repeat(24)),
                new DtlsFingerprint("sha-256", "0A:0B"));
        assertThatThrownBy(() -> sfu.publisher.connect(otherPeer)).isInstanceOf(IllegalStateException.class);
        assertThat(sfu.peers.opened).hasSize(2);
    }

    /** The browser restarted ICE (new ufrag/pwd, same certificate): the same transport and peer go on with the new credentials. */
    @Test
    void newIceCredentialsWithTheSameCertificateAreAnIceRestartOnTheSameTransport() {
        sfu.publisher.connect(TestPackets.remote("pubU"));

        sfu.publisher.connect(TestPackets.remote("pubRestarted"));

        assertThat(sfu.peers.opened).hasSize(2);
        assertThat(((FakePeers.Peer) sfu.peers.opened.getFirst()).remoteUfrag).isEqualTo("pubRestarted");
        assertThat(sfu.publisher.state()).isNotIn(TransportState.FAILED, TransportState.CLOSED);
    }

    @Test
    void duplicateIdsAreRejected() {
        assertThatThrownBy(() -> sfu.router.createWebRtcTransport("pub")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> sfu.server.createRouter("r1", RouterListener.NONE)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void closingTheRouterClosesEveryLinkEndsItsThreadAndLeavesTheServer() {
        Producer producer = sfu.produce(TestPackets.audio("0"));
        sfu.consume(producer);

        sfu.router.close();

        assertThat(sfu.router.isClosed()).isTrue();
        assertThat(sfu.publisherPeer.closed).isTrue();
        assertThat(sfu.subscriberPeer.closed).isTrue();
        assertThat(sfu.server.router("r1")).isEmpty();
        assertThat(sfu.server.stats().routers()).isZero();
        assertThatThrownBy(() -> sfu.router.createWebRtcTransport("again")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void closingTheServerClosesRoutersAndTheLinks() {
        sfu.server.close();

        assertThat(sfu.router.isClosed()).isTrue();
        assertThat(sfu.peers.closed).isTrue();
    }
}
