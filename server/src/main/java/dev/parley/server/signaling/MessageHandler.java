package dev.parley.server.signaling;

/** Handles one client message type. Handlers are Spring beans; {@link MessageHandlers} finds them by {@link #type()}. */
interface MessageHandler {
    /** What a socket must have done before this message is allowed. */
    enum Requires {
        /** Only the first message: hello. */
        NOTHING,
        /** A valid hello. */
        HELLO,
        /** A hello and a join. */
        JOIN
    }

    /** The message's {@code type} value. */
    String type();

    Requires requires();

    /** Handles the message; replies through the session; throws SignalingException or ConferenceException to refuse. */
    void handle(SignalingSession session, Request request);
}
