package dev.parley.media.sfu;

import dev.parley.media.sfu.rtp.ConsumerParameters;
import dev.parley.media.sfu.rtp.MediaKind;
import dev.parley.media.sfu.stream.RetransmissionCache;
import dev.parley.media.sfu.stream.SentPacketLog;
import dev.parley.media.sfu.stream.SeqNumRewriter;
import dev.parley.media.sfu.stream.TimestampRewriter;
import dev.parley.media.transport.DropReason;
import dev.parley.media.wire.rtcp.ReportBlock;
import dev.parley.media.wire.rtcp.Sdes;
import dev.parley.media.wire.rtcp.SenderReport;
import dev.parley.media.wire.rtp.RtpPacket;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One subscription of one participant to one Producer: v1's simple consumer, one outgoing RTP stream (plus RTX for video).
 *
 * <p>Every forwarded packet is rewritten into the Router's scratch buffer by {@link OutboundPacket}: the Consumer's SSRC,
 * contiguous sequence numbers ({@link SeqNumRewriter}), its own timeline ({@link TimestampRewriter}), the recv connection's payload
 * type, and a fresh header-extension block. Video waits for a keyframe before the first packet (and after every pause): a
 * decoder cannot start on a delta frame. The subscriber's NACKs are answered from the Producer's shared
 * {@link RetransmissionCache}: this Consumer's {@link SentPacketLog} maps its sequence number back to the source packet, which is
 * rewritten again into a fresh packet (as RTX with the original sequence number when RTX was negotiated, RFC 4588 §4). Its
 * PLI/FIR go to the owner ({@link Listener#onKeyframeRequested}), which asks the Producer for a paced keyframe;
 * the Producer's Sender Reports are translated to this stream's SSRC and timeline so lip-sync survives the SFU.
 *
 * <p>State lives on the Router's loop thread; the public methods are thread-safe (they post to the loop).
 */
public final class Consumer {
    /** What a Consumer reports to its owner (the Router), on the loop thread; like mediasoup's {@code Consumer::Listener}. */
    interface Listener {
        /** The subscriber (or the Consumer itself, waiting to start) wants a keyframe of the Producer. */
        void onKeyframeRequested(Consumer consumer, long nowNanos);
    }

    /** Resend window: libwebrtc's video jitter buffer gives up on a packet after about a second. */
    static final long SENT_MAX_AGE_NANOS = 1_000_000_000L;
    /** A second NACK for one packet within 20 ms is the same loss reported twice before our answer arrived. */
    static final long MIN_RESEND_NANOS = 20_000_000L;
    /**
     * 256 sent packets ≈ 1 s (the resend window) of 2 Mbit/s video at 1000-byte packets. The log holds no payload (about 10 KB
     * per video Consumer): the bytes stay once in the Producer's cache.
     */
    static final int SENT_LOG_PACKETS = 256;
    /** While waiting for a keyframe, ask again this often (the Producer paces the actual PLIs). */
    static final long KEYFRAME_RETRY_NANOS = 1_000_000_000L;

    private final String id;
    private final Producer producer;
    private final WebRtcTransport transport;
    private final ConsumerParameters parameters;
    private final RouterLoop loop;
    private final Listener listener;
    private final boolean video;
    private final SeqNumRewriter sequence;
    private final TimestampRewriter timestamps;
    /** Null unless NACK was negotiated (video). */
    private final SentPacketLog sent;
    private final OutboundPacket outbound;
    /**
     * Null unless the Producer is VP8 simulcast: only then can the source encoding change under this Consumer with picture ids
     * to keep continuous (H.264 has none; VP9 simulcast is not kept continuous: browsers send VP9 as one SVC stream instead).
     */
    private final Vp8Continuity vp8;
    private final DropCounters drops;
    private final PauseSwitch pause;
    private boolean closed;
    /** True until forwarding (re)starts: then the sequence rewriter starts a new segment (and video needs a keyframe). */
    private boolean restart = true;
    private long lastKeyframeRequestNanos;
    private int rtxSequence = ThreadLocalRandom.current().nextInt(1 << 16);
    private long packets;
    private long bytes;
    private long payloadBytes;
    private long retransmitted;
    private long nacksReceived;
    private long keyframeRequests;
    private long subscriberPacketsLost;
    private int subscriberFractionLost;

    Consumer(String id, Producer producer, WebRtcTransport transport, ConsumerParameters parameters, RouterLoop loop,
             Listener listener, DropCounters parentDrops) {
        this.id = id;
        this.producer = producer;
        this.transport = transport;
        this.parameters = parameters;
        this.loop = loop;
        this.listener = listener;
        this.pause = new PauseSwitch(loop::post);
        this.drops = new DropCounters(parentDrops);
        this.video = parameters.kind() == MediaKind.VIDEO;
        ThreadLocalRandom random = ThreadLocalRandom.current();
        this.sequence = new SeqNumRewriter(random.nextInt(1 << 16));
        this.timestamps = new TimestampRewriter(parameters.codec().clockRate(), random.nextLong(1L << 32));
        boolean nack = parameters.codec().rtcpFeedback().contains("nack");
        this.sent = nack ? new SentPacketLog(SENT_LOG_PACKETS, SENT_MAX_AGE_NANOS, MIN_RESEND_NANOS) : null;
        this.outbound = new OutboundPacket(parameters, producer.audioLevelId());
        this.vp8 = video && producer.simulcast() && producer.vp8() ? new Vp8Continuity() : null;
        this.lastKeyframeRequestNanos = loop.nanoTime() - KEYFRAME_RETRY_NANOS; // any origin: nanoTime may be negative
    }

    public String id() {
        return id;
    }

    public String producerId() {
        return producer.id();
    }

    public ConsumerParameters parameters() {
        return parameters;
    }

    /** Stops forwarding to this subscriber; dropped packets are counted as SFU_CONSUMER_PAUSED. */
    public void pause() {
        pause.pause();
    }

    /** Forwards again, video from the next keyframe (requested at once). */
    public void resume() {
        pause.resume(() -> {
            if (!closed) {
                restartForwarding(loop.nanoTime());
            }
        });
    }

    /** The state the owner asked for (applied on the loop right after). */
    public boolean isPaused() {
        return pause.requested();
    }

    public ConsumerStats stats() {
        return loop.call(this::snapshot);
    }

    // ---- loop thread only below ----

    Producer producer() {
        return producer;
    }

    WebRtcTransport transport() {
        return transport;
    }

    boolean isClosed() {
        return closed;
    }

    void markClosed() {
        closed = true;
    }

    /** Forwarding starts over (new Consumer, resume, Producer resumed, transport connected): sync numbers, want a keyframe. */
    void restartForwarding(long nowNanos) {
        restart = true;
        if (video && transport.isConnected()) {
            requestKeyframe(nowNanos); // not before: a keyframe the subscriber cannot receive yet is wasted (asked on connect)
        }
    }

    /** The next packet (a keyframe) comes from another encoding of the Producer: keep numbers and timeline continuous. */
    void switchSource(long inTimestamp, long nowNanos) {
        sequence.sync();
        timestamps.switchSource(inTimestamp, nowNanos);
        if (vp8 != null) {
            vp8.switchSource();
        }
    }

    /**
     * The packet path: one packet of the Producer's forwarded encoding {@code encoding}; {@code scratch} is the loop's send
     * buffer.
     */
    void forward(RtpPacket packet, int encoding, boolean keyframe, long nowNanos, byte[] scratch) {
        if (pause.applied()) {
            drops.drop(DropReason.SFU_CONSUMER_PAUSED);
            return;
        }
        if (!transport.isConnected()) {
            drops.drop(DropReason.NOT_CONNECTED);
            return;
        }
        if (restart) {
            if (video && !keyframe) {
                drops.drop(DropReason.SFU_WAITING_FOR_KEYFRAME);
                return;
            }
            sequence.sync();
            restart = false;
        }
        if (packet.payloadLength() == 0) {
            sequence.drop(packet.sequenceNumber()); // padding only: nothing for the decoder, no gap for the subscriber
            drops.drop(DropReason.SFU_PADDING_ONLY);
            return;
        }
        int seq = sequence.rewrite(packet.sequenceNumber());
        if (seq < 0) {
            drops.drop(DropReason.SFU_TOO_OLD);
            return;
        }
        long ts = timestamps.rewrite(packet.timestamp(), nowNanos);
        int len = outbound.write(packet, seq, ts, transport.nextTransportSequence(), nowNanos, scratch);
        if (vp8 != null) {
            vp8.rewrite(scratch, len - packet.payloadLength(), packet.payloadLength());
        }
        if (sent != null) {
            sent.record(seq, encoding, packet.sequenceNumber(), ts, vp8 == null ? 0 : vp8.pictureIdOffset(),
                    vp8 == null ? 0 : vp8.tl0Offset(), nowNanos);
        }
        packets++;
        bytes += len;
        payloadBytes += packet.payloadLength();
        transport.sendRtp(scratch, 0, len);
    }

    /** The subscriber lost these of our sequence numbers (RFC 4585 §6.2.1 generic NACK). */
    void onNack(int[] lost, long nowNanos, byte[] scratch) {
        nacksReceived += lost.length;
        if (sent == null) {
            return;
        }
        for (int seq : lost) {
            int slot = sent.take(seq, nowNanos);
            RtpPacket source = slot < 0 ? null
                    : producer.retransmissionSource(sent.encoding(slot), sent.sourceSequence(slot), nowNanos);
            if (source == null) {
                drops.drop(DropReason.SFU_NOT_IN_CACHE); // never sent by us, too old, or gone from the Producer's cache
                continue;
            }
            int len = outbound.retransmission(source, seq, sent.timestamp(slot), rtxSequence,
                    transport.nextTransportSequence(), nowNanos, scratch);
            if (vp8 != null) {
                vp8.rewriteWith(scratch, len - source.payloadLength(), source.payloadLength(), sent.pictureIdOffset(slot),
                        sent.tl0Offset(slot));
            }
            if (parameters.rtxSsrc() != 0) {
                rtxSequence = (rtxSequence + 1) & 0xFFFF;
            }
            retransmitted++;
            transport.sendRtp(scratch, 0, len);
        }
    }

    /** The subscriber's Receiver Report block about this stream (RFC 3550 §6.4.2): kept for stats. */
    void onReceiverReport(ReportBlock block) {
        subscriberPacketsLost = block.cumulativeLost();
        subscriberFractionLost = block.fractionLost();
    }

    /** The subscriber sent PLI or FIR (RFC 4585 §6.3.1, RFC 5104 §4.3.1). */
    void onKeyframeRequest(long nowNanos) {
        keyframeRequests++;
        listener.onKeyframeRequested(this, nowNanos);
    }

    /** Translates the Producer's Sender Report to this stream (SSRC, timeline, our own counts) and sends it with our CNAME. */
    void onProducerSenderReport(SenderReport report, long nowNanos) {
        long rtpTimestamp = timestamps.translate(report.rtpTimestamp());
        if (closed || pause.applied() || rtpTimestamp < 0 || !transport.isConnected()) {
            return;
        }
        SenderReport translated = new SenderReport(parameters.ssrc(), report.ntpTimestamp(), rtpTimestamp,
                packets & 0xFFFF_FFFFL, payloadBytes & 0xFFFF_FFFFL, List.of()); // §6.4.1: payload octets only
        transport.sendRtcp(List.of(translated, Sdes.cname(parameters.ssrc(), parameters.cname())));
    }

    void tick(long nowNanos) {
        if (restart && video && !pause.applied() && !closed && transport.isConnected()
                && nowNanos - lastKeyframeRequestNanos >= KEYFRAME_RETRY_NANOS) {
            requestKeyframe(nowNanos);
        }
    }

    private void requestKeyframe(long nowNanos) {
        lastKeyframeRequestNanos = nowNanos;
        listener.onKeyframeRequested(this, nowNanos);
    }

    ConsumerStats snapshot() {
        return new ConsumerStats(id, producer.id(), parameters.kind(), pause.applied(), packets, bytes, retransmitted,
                nacksReceived, keyframeRequests, drops.snapshot(), subscriberPacketsLost, subscriberFractionLost / 256.0);
    }
}
