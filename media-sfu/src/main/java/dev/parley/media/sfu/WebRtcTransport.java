package dev.parley.media.sfu;

import dev.parley.media.sfu.rtp.LocalTransportParameters;
import dev.parley.media.sfu.rtp.RemoteTransportParameters;
import dev.parley.media.sfu.stream.TransportCcFeedback;
import dev.parley.media.transport.CloseReason;
import dev.parley.media.transport.DropReason;
import dev.parley.media.transport.TrafficStats;
import dev.parley.media.transport.UdpPeer;
import dev.parley.media.wire.rtcp.Fir;
import dev.parley.media.wire.rtcp.GenericNack;
import dev.parley.media.wire.rtcp.Pli;
import dev.parley.media.wire.rtcp.ReceiverReport;
import dev.parley.media.wire.rtcp.ReportBlock;
import dev.parley.media.wire.rtcp.RtcpCompound;
import dev.parley.media.wire.rtcp.RtcpPacket;
import dev.parley.media.wire.rtcp.SenderReport;
import dev.parley.media.wire.rtcp.TransportCc;
import dev.parley.media.wire.rtp.RtpPacket;
import dev.parley.media.wire.rtp.TransportCcExtension;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One ICE-lite + DTLS + SRTP association with a browser (one RTCPeerConnection), owning the packet layer of that association
 * ({@link UdpPeer}: ICE-lite, DTLS and SRTP for this browser on the shared port), opened at creation and given the browser's
 * parameters on {@link #connect}.
 *
 * <p>Receive path: the UDP reader thread hands decrypted RTP/RTCP to {@link Inbound}, which copies the bytes (they live in the
 * reader's reused buffer) and posts them to the Router's loop. There RTP goes to the Producer that owns its SSRC (learned from
 * mid/rid on first sight) and RTCP feedback to the Consumer it names. Send path: Consumers and Producers call
 * {@link #sendRtp}/{@link #sendRtcp} on the loop; the UdpPeer protects and sends.
 *
 * <p>Public methods are thread-safe; everything else runs on the Router's loop.
 */
public final class WebRtcTransport {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(WebRtcTransport.class);

    /** What a transport reports to its owner (the Router), on the loop thread; like mediasoup's {@code Transport::Listener}. */
    interface Listener {
        /** The state changed; {@code reason} is a short human sentence for FAILED/CLOSED, else empty. */
        void onStateChanged(WebRtcTransport transport, TransportState state, String reason);

        /** The transport ended (after its final state was reported): its Producers and Consumers must go too. */
        void onClosed(WebRtcTransport transport);
    }

    private final String id;
    private final RouterLoop loop;
    private final Listener listener;
    private final LocalTransportParameters local;
    private final DropCounters drops;
    /** SSRC this transport puts in the sender field of its RTCP (RR, NACK, PLI): random per RFC 3550 §8. */
    private final long rtcpSsrc = 1 + ThreadLocalRandom.current().nextLong(0xFFFF_FFFEL);
    private final Object connectLock = new Object(); // guards remote and the final state (connect() from signaling threads)
    private RemoteTransportParameters remote;
    private final UdpPeers.Peer peer;
    private volatile TransportState state = TransportState.NEW;
    // loop-only state
    private final List<Producer> producers = new ArrayList<>(4);
    private final Map<Long, Consumer> consumersBySsrc = new HashMap<>();
    private int transportSequence = ThreadLocalRandom.current().nextInt(1 << 16);
    /** Feedback to the publisher about its transport-wide sequence numbers (send connections only carry them). */
    private final TransportCcFeedback congestionFeedback = new TransportCcFeedback();
    private long feedbackMediaSsrc;

    /** Opens its UdpPeer at once, so the browser's early ICE checks are answered before connect(). */
    WebRtcTransport(String id, LocalTransportParameters local, UdpPeers peers, RouterLoop loop, Listener listener,
                    DropCounters parentDrops) {
        this.id = id;
        this.loop = loop;
        this.listener = listener;
        this.local = local;
        this.drops = new DropCounters(parentDrops);
        this.peer = peers.open(local.ice(), new Inbound());
    }

    public String id() {
        return id;
    }

    /** ICE-lite credentials, host candidates and the DTLS fingerprint for the server's SDP; ready at creation. */
    public LocalTransportParameters localParameters() {
        return local;
    }

    /**
     * Starts ICE and DTLS with the browser's parameters (its ICE credentials and certificate fingerprint). Calling it again with
     * the same parameters does nothing (renegotiations repeat them). New ICE credentials with the same certificate are the
     * browser's ICE restart (RFC 8445 §9, after its network changed or ICE failed): checks are then judged with the new
     * credentials and the next nominated pair becomes the media address, while DTLS, SRTP, Producers and Consumers stay as
     * they are (no new handshake, no keyframe storm). A different certificate is another peer: {@link IllegalStateException}.
     */
    public void connect(RemoteTransportParameters remoteParameters) {
        Objects.requireNonNull(remoteParameters, "remoteParameters");
        synchronized (connectLock) {
            if (remote != null) {
                if (remote.equals(remoteParameters)) {
                    return;
                }
                if (!remote.fingerprint().equals(remoteParameters.fingerprint()) || state.isFinal()) {
                    throw new IllegalStateException("transport " + id + " is already connected with another DTLS certificate");
                }
                remote = remoteParameters;
                peer.setRemote(remoteParameters.ice(), remoteParameters.fingerprint());
                LOG.info("ICE restart transport={}", id);
                return;
            }
            if (state.isFinal()) {
                throw new IllegalStateException("transport " + id + " is " + state);
            }
            remote = remoteParameters;
            peer.setRemote(remoteParameters.ice(), remoteParameters.fingerprint());
        }
        loop.post(() -> changeState(TransportState.CONNECTING, ""));
    }

    public TransportState state() {
        return state;
    }

    public TransportStats stats() {
        return loop.call(this::snapshot);
    }

    /** Closes the association and every Producer and Consumer on it. */
    public void close() {
        loop.post(() -> closeOnLoop(TransportState.CLOSED, "closed by the application"));
    }

    // ---- loop thread only below ----

    boolean isConnected() {
        return state == TransportState.CONNECTED;
    }

    long rtcpSsrc() {
        return rtcpSsrc;
    }

    /** The next transport-wide-cc sequence number of this connection (one counter for all its streams). */
    int nextTransportSequence() {
        transportSequence = (transportSequence + 1) & 0xFFFF;
        return transportSequence;
    }

    void addProducer(Producer producer) {
        producers.add(producer);
    }

    void removeProducer(Producer producer) {
        producers.remove(producer);
    }

    void addConsumer(Consumer consumer) {
        consumersBySsrc.put(consumer.parameters().ssrc(), consumer);
        if (consumer.parameters().rtxSsrc() != 0) {
            consumersBySsrc.put(consumer.parameters().rtxSsrc(), consumer);
        }
    }

    void removeConsumer(Consumer consumer) {
        consumersBySsrc.remove(consumer.parameters().ssrc());
        consumersBySsrc.remove(consumer.parameters().rtxSsrc());
    }

    boolean usesSsrc(long ssrc) {
        return consumersBySsrc.containsKey(ssrc);
    }

    List<Consumer> consumers() {
        return List.copyOf(new java.util.LinkedHashSet<>(consumersBySsrc.values()));
    }

    List<Producer> producers() {
        return List.copyOf(producers);
    }

    void sendRtp(byte[] buf, int off, int len) {
        if (state != TransportState.CONNECTED) {
            drops.drop(DropReason.NOT_CONNECTED);
            return;
        }
        peer.sendRtp(buf, off, len);
    }

    void sendRtcp(List<? extends RtcpPacket> packets) {
        if (state != TransportState.CONNECTED) {
            return; // RTCP before the connection is up has nobody to go to; not a media drop
        }
        byte[] buf = loop.rtcpScratch();
        int len = RtcpCompound.write(packets, buf, 0);
        if (len > 0) {
            peer.sendRtcp(buf, 0, len);
        }
    }

    private void onRtp(byte[] buf, int len, long nowNanos) {
        RtpPacket packet = RtpPacket.parse(buf, 0, len);
        if (packet == null) {
            drops.drop(DropReason.SFU_MALFORMED);
            return;
        }
        long ssrc = packet.ssrc();
        Producer owner = null;
        for (int i = 0; i < producers.size() && owner == null; i++) {
            if (producers.get(i).hasSsrc(ssrc)) {
                owner = producers.get(i);
            }
        }
        for (int i = 0; i < producers.size() && owner == null; i++) {
            if (producers.get(i).learn(packet)) {
                owner = producers.get(i);
                LOG.debug("transport {} learned ssrc {} for producer {}", id, ssrc, owner.id());
            }
        }
        if (owner == null) {
            drops.drop(DropReason.SFU_UNKNOWN_SSRC);
            return;
        }
        int transportCcId = owner.transportCcId();
        if (transportCcId > 0) {
            int seq = TransportCcExtension.sequenceNumber(packet, transportCcId);
            if (seq >= 0) {
                congestionFeedback.onPacket(seq, nowNanos);
                feedbackMediaSsrc = ssrc;
            }
        }
        owner.receive(packet, nowNanos);
    }

    /** Periodic work on the loop: transport-cc feedback to the publisher. */
    void tick(long nowNanos) {
        if (state == TransportState.CONNECTED && congestionFeedback.due(nowNanos)) {
            for (TransportCc feedback : congestionFeedback.build(rtcpSsrc, feedbackMediaSsrc, nowNanos)) {
                sendRtcp(List.of(feedback));
            }
        }
    }

    private void onRtcp(byte[] buf, int len, long nowNanos) {
        List<RtcpPacket> packets = RtcpCompound.parse(buf, 0, len);
        if (packets.isEmpty()) {
            drops.drop(DropReason.SFU_MALFORMED);
            return;
        }
        for (RtcpPacket packet : packets) {
            switch (packet) {
                case SenderReport sr -> {
                    for (Producer p : producers) {
                        if (p.hasSsrc(sr.senderSsrc())) {
                            p.onSenderReport(sr, nowNanos);
                        }
                    }
                }
                case GenericNack nack -> {
                    Consumer c = consumersBySsrc.get(nack.mediaSsrc());
                    if (c != null) {
                        c.onNack(nack.lostSequenceNumbers(), nowNanos, loop.rtpScratch());
                    }
                }
                case Pli pli -> {
                    Consumer c = consumersBySsrc.get(pli.mediaSsrc());
                    if (c != null) {
                        c.onKeyframeRequest(nowNanos);
                    }
                }
                case Fir fir -> {
                    for (Fir.Entry entry : fir.entries()) {
                        Consumer c = consumersBySsrc.get(entry.ssrc());
                        if (c != null) {
                            c.onKeyframeRequest(nowNanos);
                        }
                    }
                }
                case ReceiverReport rr -> {
                    for (ReportBlock block : rr.reports()) {
                        Consumer c = consumersBySsrc.get(block.ssrc());
                        if (c != null) {
                            c.onReceiverReport(block);
                        }
                    }
                }
                default -> {
                    // SDES, BYE, REMB, transport-cc: no bandwidth estimation in v1
                }
            }
        }
    }

    private void changeState(TransportState next, String reason) {
        if (state == next || state.isFinal() || (next == TransportState.CONNECTING && state != TransportState.NEW)) {
            return; // never backwards: a fast DTLS may report CONNECTED before connect()'s CONNECTING task runs
        }
        state = next;
        listener.onStateChanged(this, next, reason);
    }

    private void onConnected() {
        changeState(TransportState.CONNECTED, "");
        long now = loop.nanoTime();
        for (Consumer c : consumers()) {
            c.restartForwarding(now);
        }
    }

    /** Ends the transport: the UdpPeer, then its Producers and Consumers (each reported to the Router). Idempotent. */
    void closeOnLoop(TransportState finalState, String reason) {
        if (state.isFinal()) {
            return;
        }
        synchronized (connectLock) {
            state = finalState;
        }
        peer.close();
        listener.onStateChanged(this, finalState, reason);
        listener.onClosed(this);
    }

    /** Drops media-transport counted on this session (ICE, DTLS, SRTP, sends). */
    Map<DropReason, Long> peerDrops() {
        return peer.stats().drops();
    }

    TransportStats snapshot() {
        TrafficStats t = peer.stats();
        return new TransportStats(id, state, t.packetsIn(), t.bytesIn(), t.packetsOut(), t.bytesOut(),
                DropCounters.merge(drops.snapshot(), t.drops()));
    }

    /** The media-transport listener: runs on transport threads, copies and posts to the Router loop. */
    private final class Inbound implements UdpPeer.Listener {
        @Override
        public void onConnected() {
            loop.post(WebRtcTransport.this::onConnected);
        }

        @Override
        public void onRtp(byte[] buf, int off, int len) {
            long arrival = loop.nanoTime(); // taken here, not on the loop: jitter and transport-cc need the true arrival
            byte[] copy = Arrays.copyOfRange(buf, off, off + len);
            loop.postPacket(() -> WebRtcTransport.this.onRtp(copy, len, arrival));
        }

        @Override
        public void onRtcp(byte[] buf, int off, int len) {
            long arrival = loop.nanoTime();
            byte[] copy = Arrays.copyOfRange(buf, off, off + len);
            loop.postPacket(() -> WebRtcTransport.this.onRtcp(copy, len, arrival));
        }

        @Override
        public void onClosed(CloseReason reason) {
            loop.post(() -> closeOnLoop(reason == CloseReason.LOCAL_CLOSE ? TransportState.CLOSED : TransportState.FAILED,
                    describe(reason)));
        }
    }

    static String describe(CloseReason reason) {
        return switch (reason) {
            case LOCAL_CLOSE -> "closed by the application";
            case ENDPOINT_CLOSED -> "the media server's UDP port was closed";
            case ICE_TIMEOUT -> "no valid ICE check arrived in time";
            case ICE_CONSENT_EXPIRED -> "ICE consent expired: the browser stopped sending checks";
            case DTLS_FINGERPRINT_MISMATCH -> "the browser's DTLS certificate does not match the fingerprint in its SDP";
            case DTLS_TIMEOUT -> "the DTLS handshake did not finish in time";
            case DTLS_FAILED -> "the DTLS handshake failed";
            case DTLS_CLOSED -> "the browser closed the DTLS association";
        };
    }
}
