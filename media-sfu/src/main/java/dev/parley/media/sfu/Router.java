package dev.parley.media.sfu;

import dev.parley.media.sfu.rtp.ConsumerParameters;
import dev.parley.media.sfu.rtp.IceCandidate;
import dev.parley.media.sfu.rtp.LocalTransportParameters;
import dev.parley.media.sfu.rtp.ProducerParameters;
import dev.parley.media.sfu.rtp.RtpCodec;
import dev.parley.media.sfu.rtp.SfuCapabilities;
import dev.parley.media.transport.DropReason;
import dev.parley.media.transport.ice.IceParameters;
import dev.parley.media.wire.rtcp.SenderReport;
import dev.parley.media.wire.rtp.RtpPacket;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongSupplier;

/**
 * The SFU's room for one live conference: owns its WebRtcTransports, Producers and Consumers, and fans each Producer's packets
 * out to its Consumers.
 *
 * <p>Threading (decision 0002 §4): one {@link RouterLoop} thread per Router runs every packet and every state change, so the
 * per-packet path takes no locks. Public methods may be called from any thread: they post to the loop and return futures (or
 * wait briefly for a stats snapshot). The listener is called on the loop.
 *
 * <p>Ownership is a tree (decision 0008): the Router creates and closes its transports, Producers and Consumers; they report back
 * only through their own listener interfaces ({@link WebRtcTransport.Listener}, {@link Producer.Listener},
 * {@link Consumer.Listener}), implemented here by {@link Children}, and never hold a reference to the Router.
 */
public final class Router implements AutoCloseable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Router.class);

    private final String id;
    private final RouterListener listener;
    private final MediaServer server;
    private final RouterLoop loop;
    private final Children children = new Children();
    private final DropCounters drops = new DropCounters(null);
    /** Transports by id; concurrent because createWebRtcTransport answers synchronously on the caller's thread. */
    private final Map<String, WebRtcTransport> transports = new ConcurrentHashMap<>();
    // loop-only state
    private final Map<String, Producer> producers = new HashMap<>();
    private final Map<String, Consumer> consumers = new HashMap<>();
    private final Map<Producer, List<Consumer>> fanOut = new IdentityHashMap<>();
    private volatile boolean closed;

    Router(String id, RouterListener listener, MediaServer server, LongSupplier nanoClock) {
        this.id = id;
        this.listener = listener == null ? RouterListener.NONE : listener;
        this.server = server;
        this.loop = new RouterLoop("router-" + id, nanoClock, this::tick);
    }

    public String id() {
        return id;
    }

    /** A new transport whose local ICE-lite credentials, host candidates and DTLS fingerprint are ready at once. */
    public WebRtcTransport createWebRtcTransport(String transportId) {
        if (closed) {
            throw new IllegalStateException("router " + id + " is closed");
        }
        List<IceCandidate> candidates = server.candidates();
        LocalTransportParameters local = new LocalTransportParameters(IceParameters.random(), candidates,
                server.peers().localFingerprint());
        if (transports.containsKey(transportId)) {
            throw new IllegalArgumentException("transport " + transportId + " already exists in router " + id);
        }
        WebRtcTransport transport = new WebRtcTransport(transportId, local, server.peers(), loop, children, drops);
        if (transports.putIfAbsent(transportId, transport) != null) {
            transport.close();
            throw new IllegalArgumentException("transport " + transportId + " already exists in router " + id);
        }
        return transport;
    }

    /** Starts receiving one m-section of {@code transport} (a browser's send connection) as a Producer. */
    public CompletableFuture<Producer> produce(WebRtcTransport transport, String producerId, ProducerParameters parameters) {
        return loop.submit(() -> {
            requireOpen(transport);
            if (producers.containsKey(producerId)) {
                throw new IllegalArgumentException("producer " + producerId + " already exists");
            }
            Producer producer = new Producer(producerId, parameters, transport, loop, children, drops);
            producers.put(producerId, producer);
            fanOut.put(producer, new ArrayList<>());
            transport.addProducer(producer);
            return producer;
        });
    }

    /**
     * Starts sending {@code producer} to {@code transport} (a subscriber's recv connection) in the m-section {@code mid}. The SFU
     * picks the SSRCs and takes extension ids and the Producer's codec's payload types from SfuCapabilities (the caller checked
     * that the subscriber decodes that codec); video starts at the next keyframe, requested now.
     */
    public CompletableFuture<Consumer> consume(WebRtcTransport transport, String consumerId, Producer producer, String mid,
                                               String cname) {
        return loop.submit(() -> {
            requireOpen(transport);
            if (producer.isClosed() || producers.get(producer.id()) != producer) {
                throw new IllegalArgumentException("producer " + producer.id() + " is closed");
            }
            if (consumers.containsKey(consumerId)) {
                throw new IllegalArgumentException("consumer " + consumerId + " already exists");
            }
            RtpCodec codec = SfuCapabilities.forwardCodec(producer.parameters().codec());
            long ssrc = freshSsrc(transport);
            long rtxSsrc = codec.hasRtx() ? freshSsrc(transport, ssrc) : 0;
            ConsumerParameters parameters = new ConsumerParameters(mid, producer.kind(), codec,
                    SfuCapabilities.sendExtensions(producer.kind()), ssrc, rtxSsrc, cname, cname, producer.id());
            Consumer consumer = new Consumer(consumerId, producer, transport, parameters, loop, children, drops);
            consumers.put(consumerId, consumer);
            fanOut.get(producer).add(consumer);
            transport.addConsumer(consumer);
            consumer.restartForwarding(loop.nanoTime());
            return consumer;
        });
    }

    /** Closes a Producer and all its Consumers (each reported through {@link RouterListener#onConsumerClosed}). */
    public CompletableFuture<Void> closeProducer(String producerId) {
        return loop.submit(() -> {
            Producer producer = producers.get(producerId);
            if (producer != null) {
                removeProducer(producer, false);
            }
            return null;
        });
    }

    public CompletableFuture<Void> closeConsumer(String consumerId) {
        return loop.submit(() -> {
            Consumer consumer = consumers.get(consumerId);
            if (consumer != null) {
                removeConsumer(consumer, false);
            }
            return null;
        });
    }

    public RouterStats stats() {
        return call(this::snapshot);
    }

    /** Closes every transport, Producer and Consumer, stops the loop thread, and leaves the MediaServer. Idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        loop.post(() -> {
            for (WebRtcTransport t : List.copyOf(transports.values())) {
                t.closeOnLoop(TransportState.CLOSED, "router closed");
            }
        });
        loop.close();
        server.forget(this);
    }

    /** True once {@link #close()} ran and the loop thread has ended. */
    public boolean isClosed() {
        return closed && loop.isTerminated();
    }

    /** Runs {@code task} on the loop and waits for its result (stats; tests use it to wait for posted work). */
    <T> T call(Callable<T> task) {
        return loop.call(task);
    }

    /**
     * What the Router's children report, on the loop. A private class rather than methods of Router: the listener methods stay
     * out of the Router's public API, and each child sees only its own small interface.
     */
    private final class Children implements WebRtcTransport.Listener, Producer.Listener, Consumer.Listener {
        /** Fan-out: the packet path's only loop over Consumers. */
        @Override
        public void onRtp(Producer producer, RtpPacket packet, int encoding, boolean keyframe, long nowNanos) {
            List<Consumer> targets = fanOut.get(producer);
            byte[] scratch = loop.rtpScratch();
            for (int i = 0, n = targets.size(); i < n; i++) {
                targets.get(i).forward(packet, encoding, keyframe, nowNanos, scratch);
            }
        }

        @Override
        public void onSenderReport(Producer producer, SenderReport report, long nowNanos) {
            for (Consumer c : fanOut.get(producer)) {
                c.onProducerSenderReport(report, nowNanos);
            }
        }

        /** Consumers continue their numbering across the Producer's switch of simulcast encoding. */
        @Override
        public void onEncodingSwitched(Producer producer, long timestamp, long nowNanos) {
            for (Consumer c : fanOut.get(producer)) {
                c.switchSource(timestamp, nowNanos);
            }
        }

        @Override
        public void onResumed(Producer producer) {
            long now = loop.nanoTime();
            for (Consumer c : fanOut.get(producer)) {
                c.restartForwarding(now);
            }
        }

        @Override
        public void onKeyframeRequested(Consumer consumer, long nowNanos) {
            consumer.producer().requestKeyframe(nowNanos);
        }

        @Override
        public void onStateChanged(WebRtcTransport transport, TransportState state, String reason) {
            try {
                listener.onTransportStateChanged(transport, state, reason);
            } catch (RuntimeException e) {
                LOG.warn("router {} listener failed on transport {} {}", id, transport.id(), state, e);
            }
        }

        /** A transport ended: its Producers and Consumers go with it. */
        @Override
        public void onClosed(WebRtcTransport transport) {
            transports.remove(transport.id(), transport);
            for (Producer p : transport.producers()) {
                removeProducer(p, true);
            }
            for (Consumer c : transport.consumers()) {
                removeConsumer(c, true);
            }
        }
    }

    private void removeProducer(Producer producer, boolean notifyProducer) {
        producers.remove(producer.id());
        producer.markClosed();
        producer.transport().removeProducer(producer);
        List<Consumer> targets = fanOut.remove(producer);
        if (targets != null) {
            for (Consumer c : List.copyOf(targets)) {
                removeConsumer(c, true);
            }
        }
        if (notifyProducer) {
            try {
                listener.onProducerClosed(producer);
            } catch (RuntimeException e) {
                LOG.warn("router {} listener failed on producer {}", id, producer.id(), e);
            }
        }
    }

    private void removeConsumer(Consumer consumer, boolean notify) {
        if (consumer.isClosed()) {
            return;
        }
        consumer.markClosed();
        consumers.remove(consumer.id());
        List<Consumer> siblings = fanOut.get(consumer.producer());
        if (siblings != null) {
            siblings.remove(consumer);
        }
        consumer.transport().removeConsumer(consumer);
        if (notify) {
            try {
                listener.onConsumerClosed(consumer);
            } catch (RuntimeException e) {
                LOG.warn("router {} listener failed on consumer {}", id, consumer.id(), e);
            }
        }
    }

    private void requireOpen(WebRtcTransport transport) {
        if (closed) {
            throw new IllegalStateException("router " + id + " is closed");
        }
        if (transports.get(transport.id()) != transport || transport.state().isFinal()) {
            throw new IllegalArgumentException("transport " + transport.id() + " is not open in router " + id);
        }
    }

    /** A random non-zero SSRC not used by another stream on this transport (RFC 3550 §8: random, collisions avoided). */
    private static long freshSsrc(WebRtcTransport transport, long... taken) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (true) {
            long ssrc = 1 + random.nextLong(0xFFFF_FFFEL);
            boolean clash = transport.usesSsrc(ssrc) || ssrc == transport.rtcpSsrc();
            for (long t : taken) {
                clash |= t == ssrc;
            }
            if (!clash) {
                return ssrc;
            }
        }
    }

    private void tick(long nowNanos) {
        for (WebRtcTransport t : transports.values()) {
            t.tick(nowNanos);
        }
        for (Producer p : producers.values()) {
            p.tick(nowNanos);
        }
        for (Consumer c : consumers.values()) {
            c.tick(nowNanos);
        }
    }

    private RouterStats snapshot() {
        List<TransportStats> t = new ArrayList<>();
        Map<String, Long> dropMap = sfuDrops();
        for (WebRtcTransport transport : transports.values()) {
            t.add(transport.snapshot());
            dropMap = DropCounters.merge(dropMap, transport.peerDrops());
        }
        List<ProducerStats> p = producers.values().stream().map(Producer::snapshot).toList();
        List<ConsumerStats> c = consumers.values().stream().map(Consumer::snapshot).toList();
        return new RouterStats(id, dropMap, t, p, c);
    }

    /** Drops counted by the SFU itself (not by media-transport) in this Router; loop thread. */
    Map<String, Long> sfuDrops() {
        Map<String, Long> dropMap = drops.snapshot();
        long overloaded = loop.overloadDrops();
        if (overloaded > 0) {
            dropMap.merge(DropReason.SFU_ROUTER_OVERLOADED.name(), overloaded, Long::sum);
        }
        return dropMap;
    }

    /** Producer and Consumer counts for MediaStats; loop thread. */
    int[] counts() {
        return new int[] {transports.size(), producers.size(), consumers.size()};
    }
}
