package dev.parley.server.chat;

import dev.parley.server.conference.Refusal;

/**
 * A refused chat operation with a sentence a person can read; the signaling layer sends {@code code} and the message as an
 * error reply.
 */
public final class ChatException extends Refusal {
    ChatException(String code, String message) {
        super(code, message);
    }
}
