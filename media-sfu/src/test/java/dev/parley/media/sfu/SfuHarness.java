package dev.parley.media.sfu;

import dev.parley.media.sfu.rtp.ProducerParameters;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A MediaServer on fake peers and a fake clock, one Router, a publisher transport and a subscriber transport, both connected. */
final class SfuHarness implements AutoCloseable {
    final FakeClock clock = new FakeClock();
    final FakePeers peers = new FakePeers();
    final List<String> events = new CopyOnWriteArrayList<>();
    final MediaServer server;
    final Router router;
    final WebRtcTransport publisher;
    final WebRtcTransport subscriber;
    final FakePeers.Peer publisherPeer;
    final FakePeers.Peer subscriberPeer;

    SfuHarness() {
        MediaConfig config = new MediaConfig(new java.net.InetSocketAddress(0), List.of(InetAddress.getLoopbackAddress()),
                List.of(), Duration.ofSeconds(30), Duration.ofSeconds(10));
        server = new MediaServer(config, peers, clock);
        router = server.createRouter("r1", new RouterListener() {
            @Override
            public void onTransportStateChanged(WebRtcTransport t, TransportState state, String reason) {
                events.add(t.id() + ":" + state);
            }

            @Override
            public void onConsumerClosed(Consumer consumer) {
                events.add("consumer-closed:" + consumer.id());
            }

            @Override
            public void onProducerClosed(Producer producer) {
                events.add("producer-closed:" + producer.id());
            }
        });
        publisher = router.createWebRtcTransport("pub");
        subscriber = router.createWebRtcTransport("sub");
        publisher.connect(TestPackets.remote("pubU"));
        subscriber.connect(TestPackets.remote("subU"));
        publisherPeer = peers.peerOf(publisher);
        subscriberPeer = peers.peerOf(subscriber);
        publisherPeer.connected();
        subscriberPeer.connected();
        flush();
    }

    Producer produce(ProducerParameters parameters) {
        return router.produce(publisher, parameters.kind().sdpName() + "-p", parameters).join();
    }

    Consumer consume(Producer producer) {
        return router.consume(subscriber, producer.id() + "-c", producer, "0", "alice").join();
    }

    /** Waits until every task posted so far has run on the Router loop. */
    void flush() {
        router.call(() -> null);
    }

    /** Moves the fake clock and lets at least one loop tick see it. */
    void advance(long millis) {
        clock.advanceMillis(millis);
        try {
            Thread.sleep(2 * RouterLoop.TICK.toMillis() + 5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        flush();
    }

    @Override
    public void close() {
        server.close();
    }
}
