package dev.parley.server.lifecycle;

import dev.parley.server.conference.Conference;
import dev.parley.server.conference.ConferenceError;
import dev.parley.server.conference.ConferenceException;
import dev.parley.server.conference.ConferencePart;
import dev.parley.server.conference.ParticipantChannel;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lobby of one live meeting conference, a part of its owner: who waits (one place per person, at most
 * {@code maxWaiting}), the host sockets watching, and the answers. Every method runs on the conference's executor, so the
 * fields need no lock; the host check is the owner's one host rule ({@link Conference#isHostAccount}); knockers and watching
 * hosts are reached through their {@link ParticipantChannel}s, which only queue. People need not be in the call: knockers
 * never are, and a host may watch before joining.
 */
final class WaitingRoom implements ConferencePart {
    private static final Logger log = LoggerFactory.getLogger(WaitingRoom.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JoinTokens tokens;
    private final int maxWaiting;
    private final Map<String, Knock> waiting = new LinkedHashMap<>();
    /** Host sockets watching, by a key the caller picks (the socket id), so a re-watch replaces. */
    private final Map<String, ParticipantChannel> watchers = new LinkedHashMap<>();

    WaitingRoom(JoinTokens tokens, int maxWaiting) {
        this.tokens = tokens;
        this.maxWaiting = maxWaiting;
    }

    private record Knock(Lobby.Waiting waiting, JoinTokens.Claims claims, ParticipantChannel channel) {
    }

    /** Puts the holder of verified lobby claims in the waiting room and tells the watching hosts. */
    Lobby.Knocked knock(Conference conference, JoinTokens.Claims claims, ParticipantChannel channel) {
        prune();
        // One entry per person (the token's subject): knocking again replaces the earlier knock.
        List<String> earlier = waiting.values().stream()
                .filter(k -> k.claims().subject().equals(claims.subject())).map(k -> k.waiting().requestId()).toList();
        earlier.forEach(this::forget);
        if (waiting.size() >= maxWaiting) {
            throw new ConferenceException(ConferenceError.LOBBY_FULL, "The lobby of this meeting is full: "
                    + maxWaiting + " people are already waiting. Try again in a few minutes.");
        }
        Lobby.Waiting entry = new Lobby.Waiting("r" + HexFormat.of().formatHex(randomBytes()), claims.displayName(),
                claims.guest());
        waiting.put(entry.requestId(), new Knock(entry, claims, channel));
        watchers.values().forEach(host -> host.send("lobby_knock", entry));
        log.info("lobby knock conference={} request={}", conference.id(), entry.requestId());
        return new Lobby.Knocked(entry.requestId(), conference.id());
    }

    /** Registers a host's socket for lobby news and returns who waits now. */
    List<Lobby.Waiting> watch(Conference conference, long userId, String socketKey, ParticipantChannel channel) {
        requireHost(conference, userId);
        watchers.put(socketKey, channel);
        prune();
        return waiting.values().stream().map(Knock::waiting).toList();
    }

    /** The host lets {@code requestId} in: the person receives {@code lobby_admitted} with a join token that joins. */
    void admit(Conference conference, long userId, String requestId) {
        Knock knock = take(conference, userId, requestId);
        JoinTokens.Claims c = knock.claims();
        String token = tokens.issue(new JoinTokens.Claims(c.subject(), c.userId(), c.meetingId(), c.conferenceId(),
                c.displayName(), c.role(), false));
        knock.channel().send("lobby_admitted", new Lobby.Admitted(conference.id(), token, JoinTokens.TTL.toSeconds()));
        log.info("lobby admit conference={} request={}", conference.id(), requestId);
    }

    /** The host turns {@code requestId} away: the person receives {@code lobby_rejected}. */
    void reject(Conference conference, long userId, String requestId) {
        Knock knock = take(conference, userId, requestId);
        knock.channel().send("lobby_rejected", new Lobby.Rejected(conference.id(), "The host did not let you in."));
        log.info("lobby reject conference={} request={}", conference.id(), requestId);
    }

    /** The conference ended: everyone still waiting is told. */
    @Override
    public void closed(Conference conference) {
        waiting.values().forEach(k -> k.channel().send("lobby_rejected",
                new Lobby.Rejected(conference.id(), "The meeting ended.")));
        waiting.clear();
        watchers.clear();
    }

    private Knock take(Conference conference, long userId, String requestId) {
        requireHost(conference, userId);
        Knock knock = forget(requestId);
        if (knock == null) {
            throw new ConferenceException(ConferenceError.FORBIDDEN, "Nobody with request id '" + requestId + "' is waiting.");
        }
        return knock;
    }

    /** Removes a waiting request and tells every watching host it is gone; null when it was not waiting. */
    private Knock forget(String requestId) {
        Knock knock = waiting.remove(requestId);
        if (knock != null) {
            watchers.values().forEach(host -> host.send("lobby_left", new Lobby.Left(requestId)));
        }
        return knock;
    }

    /**
     * Forgets the host sockets that closed, and the knocks of people whose socket closed (they gave up or closed the tab),
     * telling the hosts. Runs on every knock and watch, so the room never grows past its live sockets for long.
     */
    private void prune() {
        watchers.values().removeIf(host -> !host.open());
        waiting.values().stream().filter(k -> !k.channel().open()).map(k -> k.waiting().requestId()).toList()
                .forEach(this::forget);
    }

    private static void requireHost(Conference conference, long userId) {
        if (!conference.isHostAccount(userId)) {
            throw new ConferenceException(ConferenceError.FORBIDDEN, "Only the host manages the lobby.");
        }
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
