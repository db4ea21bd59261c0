package dev.parley.server.signaling;

/** What the chat handlers share: optional integer fields. */
final class ChatRequests {
    private ChatRequests() {
    }

    /** An optional integer field: null when absent. */
    static Long optionalInteger(Request request, String field) {
        return request.body().has(field) && !request.body().get(field).isNull() ? request.integer(field) : null;
    }
}
