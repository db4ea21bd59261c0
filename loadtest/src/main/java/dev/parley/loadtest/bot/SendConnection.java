package dev.parley.loadtest.bot;

import dev.onvoid.webrtc.RTCPeerConnection;
import dev.onvoid.webrtc.RTCPeerConnectionState;
import dev.onvoid.webrtc.RTCRtpTransceiver;
import dev.onvoid.webrtc.RTCRtpTransceiverDirection;
import dev.onvoid.webrtc.RTCRtpTransceiverInit;
import dev.onvoid.webrtc.media.MediaStreamTrack;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The "send" peer connection (docs/protocol.md, Publishing): one sendonly transceiver per local track, our offer goes out in
 * {@code publish} with the source of every mid, the server's {@code publish_answer} comes back with the Producer ids.
 */
final class SendConnection implements AutoCloseable {
    private final ConnectionWatcher watcher = new ConnectionWatcher();
    private final RTCPeerConnection pc;
    private final Negotiation negotiation;
    private final Map<RTCRtpTransceiver, String> sources = new LinkedHashMap<>();

    SendConnection(WebRtcEngine engine, Duration timeout) {
        this.pc = engine.newPeerConnection(watcher);
        this.negotiation = new Negotiation(pc, timeout);
    }

    /** Adds a track to send as {@code source} ({@code camera}, {@code microphone}, ...) in stream {@code streamId}. */
    void add(MediaStreamTrack track, String source, String streamId) {
        RTCRtpTransceiverInit init = new RTCRtpTransceiverInit();
        init.direction = RTCRtpTransceiverDirection.SEND_ONLY;
        init.streamIds = List.of(streamId);
        sources.put(pc.addTransceiver(track, init), source);
    }

    /**
     * One publish round: offer, {@code publish}, apply the answer. Returns the producer ids the server reports.
     *
     * @param publish sends the {@code publish} request's fields and waits for its reply
     */
    List<String> publish(java.util.function.Function<ObjectNode, JsonNode> publish) {
        String offer = negotiation.offer();
        ObjectNode fields = SignalingClient.fields().put("sdp", offer);
        ObjectNode midSources = fields.putObject("sources");
        // Mids exist only once the offer is applied (JSEP §5.2.1), hence read here and not in add().
        sources.forEach((transceiver, source) -> midSources.put(transceiver.getMid(), source));
        JsonNode reply = publish.apply(fields);
        negotiation.acceptAnswer(reply.path("sdp").asString());
        List<String> producerIds = new ArrayList<>();
        reply.path("producers").forEach(producer -> producerIds.add(producer.path("producer_id").asString()));
        return producerIds;
    }

    RTCPeerConnectionState state() {
        return watcher.state();
    }

    /** Detaches the local tracks (so they can be disposed: a sender keeps a reference to its track) and closes. */
    @Override
    public void close() {
        sources.keySet().forEach(transceiver -> transceiver.getSender().replaceTrack(null));
        pc.close();
    }
}
