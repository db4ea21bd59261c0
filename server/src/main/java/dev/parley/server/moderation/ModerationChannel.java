package dev.parley.server.moderation;

/**
 * How moderation reaches one participant's signaling socket. {@link #send} only queues (it is called with a room's lock held);
 * {@link #disconnect} closes the socket after what was queued has had a moment to leave.
 */
public interface ModerationChannel {
    /** Queues one server message of {@code type} whose fields are {@code body}'s components (snake_case on the wire). */
    void send(String type, Object body);

    void disconnect();
}
