package dev.parley.media.sfu;

import dev.parley.media.sfu.rtp.MediaKind;
import dev.parley.media.sfu.rtp.ProducerParameters;
import dev.parley.media.sfu.rtp.RtpEncoding;
import dev.parley.media.sfu.rtp.RtpHeaderExtension;
import dev.parley.media.sfu.rtp.SfuCapabilities;
import dev.parley.media.sfu.stream.KeyframeRequestLimiter;
import dev.parley.media.sfu.stream.NackGenerator;
import dev.parley.media.sfu.stream.RetransmissionCache;
import dev.parley.media.transport.DropReason;
import dev.parley.media.wire.rtcp.SenderReport;
import dev.parley.media.wire.rtp.RtpPacket;
import dev.parley.media.wire.rtp.Rtx;
import dev.parley.media.wire.rtp.SdesExtension;
import java.util.List;

/**
 * One published track (one m-section of a browser's send connection), with one {@link RtpStreamRecv} per encoding.
 *
 * <p>On the packet path it: (1) tells its streams apart by SSRC, learning SSRCs from the rid/repaired-rid extensions;
 * (2) unwraps RTX retransmissions (RFC 4588) back into original packets; (3) keeps receive statistics and NACKs uplink losses
 * (RFC 4585); (4) spots keyframes and layer ids of its codec ({@link VideoPayload}); (5) keeps each forwarded video packet once in its stream's {@link RetransmissionCache}, for
 * every Consumer's retransmissions, and hands it to its owner ({@link Listener}) for fan-out unless paused. What goes back to the
 * publisher (NACKs, paced keyframe requests, a Receiver Report every second) is its {@link PublisherFeedback}.
 *
 * <p>State lives on the Router's loop thread; the public methods are thread-safe (they post to the loop).
 * v1's simple Consumers get one encoding: with simulcast, the highest one still sending ({@link EncodingSelector}).
 */
public final class Producer {
    /**
     * What a Producer reports to its owner (the Router), on the loop thread: the packets to fan out and the events its Consumers
     * must follow. Like mediasoup's {@code Producer::Listener}, it keeps the Producer ignorant of who owns it.
     */
    interface Listener {
        /** A packet of the forwarded encoding {@code encoding} ({@code keyframe}: it starts a keyframe). */
        void onRtp(Producer producer, RtpPacket packet, int encoding, boolean keyframe, long nowNanos);

        /** The forwarded simulcast encoding changes at this keyframe (RTP timestamp {@code timestamp}). */
        void onEncodingSwitched(Producer producer, long timestamp, long nowNanos);

        /** A Sender Report of the forwarded encoding, for the Consumers to translate. */
        void onSenderReport(Producer producer, SenderReport report, long nowNanos);

        /** Forwarding resumed after a pause: Consumers restart at the next keyframe. */
        void onResumed(Producer producer);
    }

    /** Minimum time between two PLIs to the publisher (decision 0002 §3). */
    static final long KEYFRAME_INTERVAL_NANOS = 500_000_000L;
    /** Receiver Report period (RFC 3550 §6.2 lets a low-bandwidth session pick its own; libwebrtc sends about every second). */
    static final long REPORT_INTERVAL_NANOS = 1_000_000_000L;

    private final String id;
    private final ProducerParameters parameters;
    private final RouterLoop loop;
    private final Listener listener;
    private final WebRtcTransport transport;
    private final RtpStreamRecv[] streams;
    private final int payloadType;
    private final int rtxPayloadType;
    private final int midId;
    private final int ridId;
    private final int repairedRidId;
    private final int audioLevelId;
    private final int transportCcId;
    private final boolean video;
    private final KeyframeRequestLimiter keyframes = new KeyframeRequestLimiter(KEYFRAME_INTERVAL_NANOS);
    private final DropCounters drops;
    /** Reads keyframes and layer ids of the negotiated video codec; reused per packet (no allocation). Null for audio. */
    private final VideoPayload payload;
    private final EncodingSelector encodings;
    private final PauseSwitch pause;
    private final PublisherFeedback feedback;
    private boolean closed;
    private long packets;
    private long bytes;

    Producer(String id, ProducerParameters parameters, WebRtcTransport transport, RouterLoop loop, Listener listener,
             DropCounters parentDrops) {
        this.id = id;
        this.parameters = parameters;
        this.loop = loop;
        this.listener = listener;
        this.pause = new PauseSwitch(loop::post);
        this.transport = transport;
        this.drops = new DropCounters(parentDrops);
        this.payloadType = parameters.codec().payloadType();
        this.rtxPayloadType = parameters.codec().rtxPayloadType();
        this.video = parameters.kind() == MediaKind.VIDEO;
        this.payload = video ? VideoPayload.of(parameters.codec()) : null;
        boolean nack = parameters.codec().rtcpFeedback().contains("nack");
        List<RtpEncoding> encodings = parameters.encodings().isEmpty()
                ? List.of(new RtpEncoding(null, 0, 0)) : parameters.encodings();
        this.streams = new RtpStreamRecv[encodings.size()];
        for (int i = 0; i < streams.length; i++) {
            streams[i] = new RtpStreamRecv(encodings.get(i), parameters.codec().clockRate(), nack, video);
        }
        this.encodings = new EncodingSelector(streams.length);
        this.midId = extensionId(parameters.extensions(), SfuCapabilities.URI_MID);
        this.ridId = extensionId(parameters.extensions(), SfuCapabilities.URI_RID);
        this.repairedRidId = extensionId(parameters.extensions(), SfuCapabilities.URI_REPAIRED_RID);
        this.audioLevelId = extensionId(parameters.extensions(), SfuCapabilities.URI_AUDIO_LEVEL);
        this.transportCcId = extensionId(parameters.extensions(), SfuCapabilities.URI_TRANSPORT_CC);
        this.feedback = new PublisherFeedback(transport, streams, this.encodings, keyframes, video, loop.nanoTime());
    }

    static int extensionId(List<RtpHeaderExtension> extensions, String uri) {
        for (RtpHeaderExtension e : extensions) {
            if (e.uri().equals(uri)) {
                return e.id();
            }
        }
        return -1;
    }

    public String id() {
        return id;
    }

    public MediaKind kind() {
        return parameters.kind();
    }

    public ProducerParameters parameters() {
        return parameters;
    }

    /** Stops forwarding to every Consumer (the publisher muted); packets are still received, counted and dropped. */
    public void pause() {
        pause.pause();
    }

    /** Forwards again; video Consumers wait for a keyframe, which is requested at once. */
    public void resume() {
        pause.resume(() -> {
            if (!closed) {
                listener.onResumed(this);
            }
        });
    }

    /** The state the owner asked for (applied on the loop right after). */
    public boolean isPaused() {
        return pause.requested();
    }

    public ProducerStats stats() {
        return loop.call(this::snapshot);
    }

    // ---- loop thread only below ----

    WebRtcTransport transport() {
        return transport;
    }

    int audioLevelId() {
        return audioLevelId;
    }

    /** The publisher's transport-wide-cc extension id, -1 when not negotiated. */
    int transportCcId() {
        return transportCcId;
    }

    boolean isClosed() {
        return closed;
    }

    void markClosed() {
        closed = true;
    }

    /** True when {@code ssrc} is the media or RTX SSRC of one of this Producer's streams. */
    boolean hasSsrc(long ssrc) {
        if (ssrc == 0) {
            return false; // 0 marks an SSRC not learned yet; browsers never send it
        }
        for (RtpStreamRecv s : streams) {
            if (s.ssrc == ssrc || s.rtxSsrc == ssrc) {
                return true;
            }
        }
        return false;
    }

    /**
     * Claims a packet with an unknown SSRC when its mid extension names this Producer's m-section (RFC 9143), binding the SSRC to
     * the encoding its rid / repaired-rid names (RFC 8852), or to the only encoding. Without a mid extension, a single-encoding
     * Producer claims an unknown SSRC by payload type.
     */
    boolean learn(RtpPacket packet) {
        boolean midMatches = midId >= 0 && SdesExtension.matches(packet, midId, parameters.mid());
        boolean byPayloadType = midId < 0 && streams.length == 1
                && (packet.payloadType() == payloadType || packet.payloadType() == rtxPayloadType);
        if (!midMatches && !byPayloadType) {
            return false;
        }
        boolean rtx = packet.payloadType() == rtxPayloadType && rtxPayloadType >= 0;
        RtpStreamRecv stream = streams.length == 1 ? streams[0] : null;
        if (stream == null) {
            String rid = rtx ? readSdes(packet, repairedRidId) : readSdes(packet, ridId);
            for (RtpStreamRecv s : streams) {
                if (rid != null && rid.equals(s.rid)) {
                    stream = s;
                }
            }
        }
        if (stream == null) {
            return false;
        }
        if (rtx) {
            stream.rtxSsrc = packet.ssrc();
        } else {
            stream.ssrc = packet.ssrc();
        }
        return true;
    }

    private static String readSdes(RtpPacket packet, int extId) {
        return extId < 0 ? null : SdesExtension.read(packet, extId);
    }

    /** The packet path: a decrypted RTP packet whose SSRC belongs to this Producer. */
    void receive(RtpPacket packet, long nowNanos) {
        long ssrc = packet.ssrc();
        for (int i = 0; i < streams.length; i++) {
            RtpStreamRecv s = streams[i];
            if (s.ssrc == ssrc && packet.payloadType() == payloadType) {
                onMedia(i, packet, nowNanos, false);
                return;
            }
            if (s.rtxSsrc == ssrc && packet.payloadType() == rtxPayloadType) {
                onRtx(i, packet, nowNanos);
                return;
            }
        }
        drops.drop(DropReason.SFU_UNKNOWN_PAYLOAD_TYPE);
    }

    private void onRtx(int index, RtpPacket rtx, long nowNanos) {
        int osn = Rtx.originalSequenceNumber(rtx);
        if (osn < 0) {
            drops.drop(DropReason.SFU_PADDING_ONLY);
            return;
        }
        NackGenerator nacks = streams[index].nacks;
        if (nacks == null || !nacks.isMissing(osn)) {
            packets++; // traffic all the same, but nothing to repair: a probe or a second answer to one NACK
            bytes += rtx.length();
            drops.drop(DropReason.SFU_REDUNDANT_RETRANSMISSION);
            return;
        }
        byte[] restored = new byte[rtx.length()]; // retransmissions are rare: a fresh buffer is fine
        int len = Rtx.restore(rtx, payloadType, streams[index].ssrc, restored, 0);
        RtpPacket original = len < 0 ? null : RtpPacket.parse(restored, 0, len);
        if (original == null) {
            drops.drop(DropReason.SFU_MALFORMED);
            return;
        }
        onMedia(index, original, nowNanos, true);
    }

    private void onMedia(int index, RtpPacket packet, long nowNanos, boolean retransmission) {
        RtpStreamRecv stream = streams[index];
        stream.stats.onPacket(packet.sequenceNumber(), packet.timestamp(), packet.length(), nowNanos, retransmission);
        if (!retransmission) {
            encodings.onPacket(index, nowNanos);
        }
        packets++;
        bytes += packet.length();
        if (stream.nacks != null) {
            if (!stream.nacks.onPacket(packet.sequenceNumber())) {
                requestKeyframe(nowNanos); // loss burst too long to repair
            } else if (!retransmission && stream.nacks.missingCount() > 0) {
                feedback.sendNacks(stream, nowNanos);
            }
        }
        boolean keyframe = false;
        if (video && payload.read(packet.buffer(), packet.payloadOffset(), packet.payloadLength())) {
            keyframe = payload.keyframe();
            stream.onLayers(payload.spatialLayer(), payload.temporalLayer());
        }
        if (keyframe) {
            keyframes.onKeyframe();
        }
        if (pause.applied()) {
            drops.drop(DropReason.SFU_PRODUCER_PAUSED);
            return;
        }
        switch (encodings.decide(index, keyframe && !retransmission, nowNanos)) {
            case FORWARD -> forward(stream, index, packet, keyframe, nowNanos);
            case SWITCH_AND_FORWARD -> {
                listener.onEncodingSwitched(this, packet.timestamp(), nowNanos);
                forward(stream, index, packet, keyframe, nowNanos);
            }
            case SKIP -> {
                // another simulcast encoding than the one forwarded: received and counted, not sent on
            }
        }
    }

    /** Keeps the packet once for every Consumer's retransmissions, then hands it to the owner for fan-out. */
    private void forward(RtpStreamRecv stream, int index, RtpPacket packet, boolean keyframe, long nowNanos) {
        if (stream.cache != null) {
            stream.cache.store(packet.sequenceNumber(), packet.buffer(), packet.offset(), packet.length(), nowNanos);
        }
        listener.onRtp(this, packet, index, keyframe, nowNanos);
    }

    /**
     * The source packet a Consumer retransmits: packet {@code sequenceNumber} of encoding {@code encoding} as received, or null
     * when it is no longer (or never was) in that stream's cache. A fresh view: callers read it, never write it.
     */
    RtpPacket retransmissionSource(int encoding, int sequenceNumber, long nowNanos) {
        if (encoding < 0 || encoding >= streams.length || streams[encoding].cache == null) {
            return null;
        }
        RetransmissionCache cache = streams[encoding].cache;
        int slot = cache.find(sequenceNumber, nowNanos);
        return slot < 0 ? null : RtpPacket.parse(cache.data(slot), 0, cache.length(slot));
    }

    /** True when this Producer has several encodings (simulcast): Consumers then keep VP8 picture ids continuous. */
    boolean simulcast() {
        return streams.length > 1;
    }

    /** True when the Producer's codec is VP8 (picture ids to keep continuous across simulcast switches). */
    boolean vp8() {
        return payload != null && payload.vp8();
    }

    void onSenderReport(SenderReport report, long nowNanos) {
        for (int i = 0; i < streams.length; i++) {
            if (streams[i].ssrc == report.senderSsrc()) {
                streams[i].stats.onSenderReport(report.ntpTimestamp(), nowNanos);
                if (i == encodings.current()) {
                    listener.onSenderReport(this, report, nowNanos);
                }
            }
        }
    }

    /** A subscriber (or a new Consumer) wants a keyframe; sent now or when the 500 ms pacing interval ends. */
    void requestKeyframe(long nowNanos) {
        if (!video || closed) {
            return;
        }
        feedback.requestKeyframe(nowNanos);
    }

    void tick(long nowNanos) {
        if (closed) {
            return;
        }
        if (video && encodings.wantsSwitch(nowNanos)) {
            requestKeyframe(nowNanos); // follow a simulcast layer that started or stopped (paced like any request)
        }
        feedback.tick(nowNanos);
    }

    ProducerStats snapshot() {
        long lost = 0;
        for (RtpStreamRecv s : streams) {
            lost += s.stats.cumulativeLost();
        }
        int spatial = -1;
        int temporal = -1;
        for (RtpStreamRecv s : streams) {
            spatial = Math.max(spatial, s.maxSpatialLayer);
            temporal = Math.max(temporal, s.maxTemporalLayer);
        }
        return new ProducerStats(id, kind(), parameters.codec().mimeType(), pause.applied(), packets, bytes, lost,
                streams[0].stats.jitterMillis(), feedback.nacksSent(), feedback.keyframeRequests(), spatial, temporal);
    }
}
