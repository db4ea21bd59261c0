package dev.parley.server.signaling;

import dev.parley.server.chat.ChatSink;

/** What the chat handlers share: the socket as a chat sink, and optional integer fields. */
final class ChatRequests {
    private ChatRequests() {
    }

    static ChatSink sink(SignalingSession session) {
        return session::push;
    }

    /** An optional integer field: null when absent. */
    static Long optionalInteger(Request request, String field) {
        return request.body().has(field) && !request.body().get(field).isNull() ? request.integer(field) : null;
    }
}
