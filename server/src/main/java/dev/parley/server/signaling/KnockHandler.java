package dev.parley.server.signaling;

import dev.parley.server.lifecycle.Lobby;
import org.springframework.stereotype.Component;

/**
 * {@code knock {join_token}} → {@code lobby_waiting {request_id, conference_id}}: waits in a meeting's lobby with the lobby
 * token of {@code POST /meetings/join}; later {@code lobby_admitted {join_token}} or {@code lobby_rejected {reason}} arrives.
 */
@Component
class KnockHandler implements MessageHandler {
    private final Lobby lobby;

    KnockHandler(Lobby lobby) {
        this.lobby = lobby;
    }

    @Override
    public String type() {
        return "knock";
    }

    @Override
    public Requires requires() {
        return Requires.HELLO;
    }

    @Override
    public void handle(SignalingSession session, Request request) {
        lobby.knock(request.text("join_token"), session, Replies.to(session, request, "lobby_waiting", knocked -> knocked));
    }
}
