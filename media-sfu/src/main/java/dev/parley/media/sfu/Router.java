package dev.parley.media.sfu;

import dev.parley.media.sfu.rtp.ConsumerParameters;
import dev.parley.media.sfu.rtp.DtlsFingerprint;
import dev.parley.media.sfu.rtp.IceParameters;
import dev.parley.media.sfu.rtp.LocalTransportParameters;
import dev.parley.media.sfu.rtp.ProducerParameters;
import dev.parley.media.sfu.rtp.SfuCapabilities;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** The SFU's room for one live conference. (Skeleton: the real forwarding lands next.) */
public final class Router implements AutoCloseable {
    private final String id;
    private final RouterListener listener;

    Router(String id, RouterListener listener) {
        this.id = id;
        this.listener = listener;
    }

    public String id() {
        return id;
    }

    public WebRtcTransport createWebRtcTransport(String transportId) {
        return new WebRtcTransport(transportId, new LocalTransportParameters(new IceParameters("ufrag", "password"),
                List.of(), new DtlsFingerprint("sha-256", "00")));
    }

    public CompletableFuture<Producer> produce(WebRtcTransport transport, String producerId, ProducerParameters parameters) {
        return CompletableFuture.completedFuture(new Producer(producerId, parameters, this));
    }

    public CompletableFuture<Consumer> consume(WebRtcTransport transport, String consumerId, Producer producer, String mid,
                                               String cname) {
        ConsumerParameters p = new ConsumerParameters(mid, producer.kind(), SfuCapabilities.sendCodec(producer.kind()),
                SfuCapabilities.sendExtensions(producer.kind()), 1, 2, cname, "stream", producer.id());
        return CompletableFuture.completedFuture(new Consumer(consumerId, producer.id(), p));
    }

    public CompletableFuture<Void> closeProducer(String producerId) {
        return CompletableFuture.completedFuture(null);
    }

    public CompletableFuture<Void> closeConsumer(String consumerId) {
        return CompletableFuture.completedFuture(null);
    }

    public RouterStats stats() {
        return new RouterStats(id, Map.of(), List.of(), List.of(), List.of());
    }

    @Override
    public void close() {
    }
}
