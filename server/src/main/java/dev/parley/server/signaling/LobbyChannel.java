package dev.parley.server.signaling;

import dev.parley.server.lifecycle.Lobby;

/** A socket as the lobby reaches it: each lobby message becomes one server message of its type (docs/protocol.md). */
final class LobbyChannel {
    private LobbyChannel() {
    }

    static Lobby.Channel of(SignalingSession session) {
        return new Lobby.Channel() {
            @Override
            public void send(String type, Object body) {
                // A reply without an id is a plain server message: SignalingJson leaves the id out when it is null.
                session.reply(new Request(type, null, null), type, body);
            }

            @Override
            public boolean open() {
                return session.isOpen();
            }
        };
    }
}
