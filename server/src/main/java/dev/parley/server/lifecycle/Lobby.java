package dev.parley.server.lifecycle;

import dev.parley.server.conference.Conference;
import dev.parley.server.conference.ConferenceError;
import dev.parley.server.conference.ConferenceException;
import dev.parley.server.conference.ConferenceRegistry;
import dev.parley.server.conference.ParticipantChannel;
import java.util.List;
import java.util.function.BiFunction;
import org.springframework.stereotype.Component;

/**
 * The lobby of live meeting conferences, as the signaling handlers reach it. A person whose join needs the host's approval
 * knocks with their lobby join token; hosts watching the lobby are told at once; the host admits (the person gets a fresh,
 * admitted join token) or rejects. Each conference's lobby is a part of its owner, a {@link WaitingRoom}: this class only
 * checks the token, finds (or starts) the owner and runs the request as a task on its executor; the answer goes to
 * {@code reply} there, before anything a later task sends.
 */
@Component
public class Lobby {
    private final JoinTokens tokens;
    private final ConferenceRegistry registry;

    Lobby(JoinTokens tokens, ConferenceRegistry registry) {
        this.tokens = tokens;
        this.registry = registry;
    }

    /** Someone waiting, as the host sees them. */
    public record Waiting(String requestId, String displayName, boolean guest) {
    }

    /** A knock's answer: the request id and the conference it waits for. */
    public record Knocked(String requestId, String conferenceId) {
    }

    /** {@code lobby_admitted}: join now with this token. */
    public record Admitted(String conferenceId, String joinToken, long expiresIn) {
    }

    /** {@code lobby_rejected}: why the person cannot come in. */
    public record Rejected(String conferenceId, String reason) {
    }

    /** {@code lobby_left}: a request the hosts saw is gone (answered by one of them). */
    public record Left(String requestId) {
    }

    /** Puts the holder of a lobby join token in the waiting room and tells the watching hosts. */
    public void knock(String lobbyToken, ParticipantChannel channel, Conference.Reply<Knocked> reply) {
        JoinTokens.Claims claims = tokens.verify(lobbyToken).filter(JoinTokens.Claims::lobby).orElse(null);
        if (claims == null) {
            reply.done(null, new ConferenceException(ConferenceError.FORBIDDEN, "Knock with the lobby token from "
                    + "POST /meetings/join (it lasts " + JoinTokens.TTL.toMinutes() + " minutes)."));
            return;
        }
        inRoom(claims.conferenceId(), (conference, room) -> room.knock(conference, claims, channel), reply);
    }

    /** Registers a host's socket ({@code socketKey}) for lobby news; replies who waits now. Host only. */
    public void watch(long userId, String conferenceId, String socketKey, ParticipantChannel channel,
                      Conference.Reply<List<Waiting>> reply) {
        inRoom(conferenceId, (conference, room) -> room.watch(conference, userId, socketKey, channel), reply);
    }

    /** The host lets {@code requestId} in: the person receives {@code lobby_admitted} with a join token that joins. */
    public void admit(long userId, String conferenceId, String requestId, Conference.Reply<Object> reply) {
        inRoom(conferenceId, (conference, room) -> {
            room.admit(conference, userId, requestId);
            return null;
        }, reply);
    }

    /** The host turns {@code requestId} away: the person receives {@code lobby_rejected}. */
    public void reject(long userId, String conferenceId, String requestId, Conference.Reply<Object> reply) {
        inRoom(conferenceId, (conference, room) -> {
            room.reject(conference, userId, requestId);
            return null;
        }, reply);
    }

    /** Runs {@code action} on the executor of the live meeting conference's owner, with its lobby part. */
    private <T> void inRoom(String conferenceId, BiFunction<Conference, WaitingRoom, T> action, Conference.Reply<T> reply) {
        Conference conference;
        try {
            conference = registry.open(conferenceId);
        } catch (RuntimeException e) {
            reply.done(null, e);
            return;
        }
        conference.act(c -> action.apply(c, c.part(WaitingRoom.class).orElseThrow()), reply);
    }
}
