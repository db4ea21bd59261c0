package dev.parley.server.signaling;

import dev.parley.server.chat.ChatException;
import dev.parley.server.chat.ChatSink;
import java.util.function.Supplier;

/** What the chat handlers share: the socket as a chat sink, and chat refusals turned into signaling error replies. */
final class ChatRequests {
    private ChatRequests() {
    }

    static ChatSink sink(SignalingSession session) {
        return session::push;
    }

    static <T> T refusing(Supplier<T> action) {
        try {
            return action.get();
        } catch (ChatException e) {
            throw new SignalingException(e.code(), e.getMessage());
        }
    }

    /** An optional integer field: null when absent. */
    static Long optionalInteger(Request request, String field) {
        return request.body().has(field) && !request.body().get(field).isNull() ? request.integer(field) : null;
    }
}
