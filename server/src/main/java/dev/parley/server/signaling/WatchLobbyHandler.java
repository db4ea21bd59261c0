package dev.parley.server.signaling;

import dev.parley.server.lifecycle.Lobby;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@code watch_lobby {conference_id}} → {@code lobby {waiting}} (host only): lists who waits and subscribes this socket to
 * {@code lobby_knock} and {@code lobby_left} messages for that conference.
 */
@Component
class WatchLobbyHandler implements MessageHandler {
    private final Lobby lobby;

    WatchLobbyHandler(Lobby lobby) {
        this.lobby = lobby;
    }

    record LobbyState(String conferenceId, List<Lobby.Waiting> waiting) {
    }

    @Override
    public String type() {
        return "watch_lobby";
    }

    @Override
    public Requires requires() {
        return Requires.HELLO;
    }

    @Override
    public void handle(SignalingSession session, Request request) {
        String conferenceId = request.text("conference_id");
        lobby.watch(session.user().userId(), conferenceId, session.socketId(), session,
                Replies.to(session, request, "lobby", waiting -> new LobbyState(conferenceId, waiting)));
    }
}
