package dev.parley.server.chat;

/**
 * A refused chat operation with a sentence a person can read; the signaling layer sends {@code code} and the message as an
 * error reply.
 */
public final class ChatException extends RuntimeException {
    private final String code;

    ChatException(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
