package dev.parley.server.signaling;

import dev.parley.server.lifecycle.Lobby;
import org.springframework.stereotype.Component;

/** {@code admit {conference_id, request_id}} → {@code ok} (host only): lets the person in: they receive {@code lobby_admitted {join_token}}. */
@Component
class AdmitHandler implements MessageHandler {
    private final Lobby lobby;

    AdmitHandler(Lobby lobby) {
        this.lobby = lobby;
    }

    @Override
    public String type() {
        return "admit";
    }

    @Override
    public Requires requires() {
        return Requires.HELLO;
    }

    @Override
    public void handle(SignalingSession session, Request request) {
        lobby.admit(session.user().userId(), request.text("conference_id"), request.text("request_id"),
                Replies.ok(session, request));
    }
}
