package dev.parley.server.signaling;

import dev.parley.server.lifecycle.Lobby;
import org.springframework.stereotype.Component;

/** {@code reject {conference_id, request_id}} → {@code ok} (host only): turns the person away: they receive {@code lobby_rejected {reason}}. */
@Component
class RejectHandler implements MessageHandler {
    private final Lobby lobby;

    RejectHandler(Lobby lobby) {
        this.lobby = lobby;
    }

    @Override
    public String type() {
        return "reject";
    }

    @Override
    public Requires requires() {
        return Requires.HELLO;
    }

    @Override
    public void handle(SignalingSession session, Request request) {
        lobby.reject(session.user().userId(), request.text("conference_id"), request.text("request_id"),
                Replies.ok(session, request));
    }
}
