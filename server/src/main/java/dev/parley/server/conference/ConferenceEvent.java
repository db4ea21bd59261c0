package dev.parley.server.conference;

import java.util.List;
import java.util.Map;

/**
 * What a conference tells one participant; the signaling layer turns each record into one JSON message whose {@code type} is
 * {@link #type()} and whose fields are the record components in snake_case (docs/protocol.md).
 */
public sealed interface ConferenceEvent {
    String type();

    /**
     * One participant as others see them; {@code guest}: joined without an account (the UI says "(guest)");
     * {@code reconnecting}: their socket dropped and their seat waits for them (the tile says "Reconnecting…").
     */
    record ParticipantView(String id, String name, boolean guest, List<ProducerView> producers, boolean reconnecting) {
        public ParticipantView {
            producers = List.copyOf(producers);
        }

        public ParticipantView(String id, String name, boolean guest, List<ProducerView> producers) {
            this(id, name, guest, producers, false);
        }
    }

    /** One published track: its source, kind ("audio"/"video") and whether its owner paused it (muted, camera off). */
    record ProducerView(String id, String source, String kind, boolean paused) {
    }

    /** What the recv connection's m-section {@code mid} carries, so the browser can map {@code ontrack} to a tile. */
    record TrackView(String participantId, String producerId, String source) {
    }

    record ParticipantJoined(ParticipantView participant) implements ConferenceEvent {
        public String type() {
            return "participant_joined";
        }
    }

    record ParticipantLeft(String participantId) implements ConferenceEvent {
        public String type() {
            return "participant_left";
        }
    }

    /** The participant's socket dropped: their seat, tracks and state wait for them for the reconnect grace period. */
    record ParticipantReconnecting(String participantId) implements ConferenceEvent {
        public String type() {
            return "participant_reconnecting";
        }
    }

    /** The participant took their seat back (same id and state); their tile stops saying "Reconnecting…". */
    record ParticipantReconnected(String participantId) implements ConferenceEvent {
        public String type() {
            return "participant_reconnected";
        }
    }

    record ProducerAdded(String participantId, ProducerView producer) implements ConferenceEvent {
        public String type() {
            return "producer_added";
        }
    }

    record ProducerRemoved(String participantId, String producerId) implements ConferenceEvent {
        public String type() {
            return "producer_removed";
        }
    }

    record ProducerPaused(String participantId, String producerId, String source) implements ConferenceEvent {
        public String type() {
            return "producer_paused";
        }
    }

    record ProducerResumed(String participantId, String producerId, String source) implements ConferenceEvent {
        public String type() {
            return "producer_resumed";
        }
    }

    /**
     * Another participant's track that this participant's browser cannot decode ({@code codec}, e.g. "video/H264", is not among
     * the join's receive_codecs): the SFU does not transcode, so no m-section carries it; the UI says so on the tile.
     */
    record TrackUnsupported(String participantId, String producerId, String source, String kind, String codec)
            implements ConferenceEvent {
        public String type() {
            return "track_unsupported";
        }
    }

    /** The server's next offer on the recv connection; {@code tracks} maps each active mid to what it carries. */
    record SubscribeOffer(String sdp, long version, Map<String, TrackView> tracks) implements ConferenceEvent {
        public SubscribeOffer {
            tracks = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(tracks));
        }

        public String type() {
            return "subscribe_offer";
        }
    }

    /** One of the participant's two connections changed state on the server (connection is "send" or "recv"). */
    record TransportStateChanged(String connection, String state, String reason) implements ConferenceEvent {
        public String type() {
            return "transport_state";
        }
    }

    /** The host ended the conference (or the server did): the participant has been removed and should disconnect. */
    record ConferenceEnded(String reason) implements ConferenceEvent {
        public String type() {
            return "conference_ended";
        }
    }

    /** The host stopped this participant's screen share: its Producers are closed; the browser stops capturing. */
    record ScreenShareStopped(String reason) implements ConferenceEvent {
        public String type() {
            return "screen_share_stopped";
        }
    }

    /** The host changed the conference's settings (seed "System Flow" step 5); sent to everyone, the host included. */
    record SettingsChanged(boolean screenSharingEnabled, boolean videoRecordingEnabled, boolean locked)
            implements ConferenceEvent {
        public String type() {
            return "conference_settings";
        }
    }
}
