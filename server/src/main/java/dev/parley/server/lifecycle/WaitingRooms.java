package dev.parley.server.lifecycle;

import dev.parley.server.conference.ConferencePart;
import dev.parley.server.conference.ConferenceProperties;
import org.springframework.stereotype.Component;

/** Gives every live conference its lobby part, a {@link WaitingRoom} bounded by {@code parley.conference.max-lobby-waiting}. */
@Component
class WaitingRooms implements ConferencePart.Factory {
    private final JoinTokens tokens;
    private final int maxWaiting;

    WaitingRooms(JoinTokens tokens, ConferenceProperties limits) {
        this.tokens = tokens;
        this.maxWaiting = limits.maxLobbyWaiting();
    }

    @Override
    public ConferencePart create(String conferenceId) {
        return new WaitingRoom(tokens, maxWaiting);
    }
}
