package dev.parley.loadtest.bot;

import dev.onvoid.webrtc.RTCPeerConnection;
import dev.onvoid.webrtc.RTCPeerConnectionState;
import dev.onvoid.webrtc.RTCRtpTransceiver;
import dev.onvoid.webrtc.media.MediaStreamTrack;
import dev.onvoid.webrtc.media.video.VideoTrack;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import tools.jackson.databind.JsonNode;

/**
 * The "recv" peer connection (docs/protocol.md, Subscribing): answers the server's {@code subscribe_offer}s and counts the
 * decoded camera frames of every other participant. One sink per video m-section (mid); a frame is credited to whoever the
 * latest offer's {@code tracks} says that mid carries, because the server recycles freed m-sections for new tracks.
 * Threads: {@link #answer} runs on the bot's thread; sinks run on libwebrtc's decoder threads and only read {@code tracks}.
 */
final class RecvConnection implements AutoCloseable {
    /** What one m-section carries, from the offer's {@code tracks}. */
    private record Carried(String participantId, String producerId, String source) {
    }

    private final ConnectionWatcher watcher = new ConnectionWatcher();
    private final RTCPeerConnection pc;
    private final Negotiation negotiation;
    private final LongSupplier nanoTime;
    private final Map<String, RemoteVideo> remoteVideos = new ConcurrentHashMap<>();
    private final Set<String> midsWithSink = new HashSet<>();
    private volatile Map<String, Carried> tracks = Map.of();

    RecvConnection(WebRtcEngine engine, Duration timeout, LongSupplier nanoTime) {
        this.pc = engine.newPeerConnection(watcher);
        this.negotiation = new Negotiation(pc, timeout);
        this.nanoTime = nanoTime;
    }

    /** Applies a {@code subscribe_offer}; returns the answer SDP for {@code subscribe_answer}. */
    String answer(JsonNode offer) {
        Map<String, Carried> carried = new HashMap<>();
        offer.path("tracks").properties().forEach(entry -> carried.put(entry.getKey(), new Carried(
                entry.getValue().path("participant_id").asString(), entry.getValue().path("producer_id").asString(),
                entry.getValue().path("source").asString())));
        tracks = Map.copyOf(carried);
        String answer = negotiation.answer(offer.path("sdp").asString());
        attachSinks();
        markEndedAndResumed();
        return answer;
    }

    /** Every remote camera seen so far (ended ones too), by participant id. */
    Map<String, RemoteVideo> remoteVideos() {
        return remoteVideos;
    }

    ReceiverStats stats() {
        return ReceiverStats.of(negotiation.stats().getStats().values());
    }

    RTCPeerConnectionState state() {
        return watcher.state();
    }

    private void attachSinks() {
        for (RTCRtpTransceiver transceiver : pc.getTransceivers()) {
            String mid = transceiver.getMid();
            MediaStreamTrack track = transceiver.getReceiver().getTrack();
            if (mid != null && track instanceof VideoTrack video && midsWithSink.add(mid)) {
                video.addSink(frame -> frameDecoded(mid));
            }
        }
    }

    private void frameDecoded(String mid) {
        Carried carried = tracks.get(mid);
        if (carried != null && "camera".equals(carried.source())) {
            remoteVideos.computeIfAbsent(carried.participantId(), RemoteVideo::new).frameDecoded(nanoTime.getAsLong());
        }
    }

    /** A camera no longer in the offer has ended (its participant left or unpublished); one back in it has resumed. */
    private void markEndedAndResumed() {
        Set<String> cameras = new HashSet<>();
        tracks.values().stream().filter(c -> "camera".equals(c.source())).forEach(c -> cameras.add(c.participantId()));
        cameras.forEach(participantId -> remoteVideos.computeIfAbsent(participantId, RemoteVideo::new).resumed());
        long now = nanoTime.getAsLong();
        remoteVideos.forEach((participantId, video) -> {
            if (!cameras.contains(participantId)) {
                video.ended(now);
            }
        });
    }

    @Override
    public void close() {
        pc.close();
    }
}
