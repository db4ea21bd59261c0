package dev.parley.server.conference;

import dev.parley.media.sfu.rtp.ReceiveCapabilities;

/**
 * The one way to reach a participant's socket, for the conference and every part of it (chat, moderation, screen sharing,
 * the lobby). Called on the conference's executor, so an implementation only queues: it never waits for the network (a slow
 * or dead socket must not stall the conference).
 */
@FunctionalInterface
public interface ParticipantChannel {
    /** Queues one server message of {@code type} whose fields are {@code body}'s components (snake_case on the wire). */
    void send(String type, Object body);

    default void send(ConferenceEvent event) {
        send(event.type(), event);
    }

    /** Closes the socket after what was queued before has left, with a WebSocket close {@code code} and {@code reason}. */
    default void disconnect(int code, String reason) {
    }

    /** The codecs the browser behind this channel decodes, as it stated them when joining (Opus and VP8 when it did not). */
    default ReceiveCapabilities receiveCapabilities() {
        return ReceiveCapabilities.DEFAULT;
    }

    /** False once the socket closed. */
    default boolean open() {
        return true;
    }
}
