package dev.parley.server.lifecycle;

import dev.parley.server.conference.ConferenceError;
import dev.parley.server.conference.ConferenceException;
import dev.parley.server.conference.ConferenceProperties;
import dev.parley.server.conference.LiveId;
import dev.parley.server.conference.ParticipantChannel;
import dev.parley.server.meeting.Meeting;
import dev.parley.server.meeting.MeetingRepository;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The waiting room of each live meeting conference. A person whose join needs the host's approval knocks with their lobby
 * join token; hosts watching the lobby are told at once; the host admits (the person gets a fresh, admitted join token) or
 * rejects. Everything happens over the signaling sockets, through their {@link ParticipantChannel}s. Bounded (issue 8
 * defect 6): one waiting entry per person (a second knock replaces the first) and at most
 * {@link ConferenceProperties#maxLobbyWaiting()} people per conference. Lock: each conference's {@link WaitingRoom} is
 * guarded by its own monitor, never held while anything but a queueing channel is called; the map of rooms is concurrent.
 */
@Component
public class Lobby {
    private static final Logger log = LoggerFactory.getLogger(Lobby.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JoinTokens tokens;
    private final ConferenceRows rows;
    private final MeetingRepository meetings;
    private final Map<String, WaitingRoom> waitingRooms = new ConcurrentHashMap<>();
    private final int maxWaiting;

    Lobby(JoinTokens tokens, ConferenceRows rows, MeetingRepository meetings, ConferenceProperties limits) {
        this.tokens = tokens;
        this.rows = rows;
        this.meetings = meetings;
        this.maxWaiting = limits.maxLobbyWaiting();
    }

    /** Someone waiting, as the host sees them. */
    public record Waiting(String requestId, String displayName, boolean guest) {
    }

    /** A knock's answer: the request id and the conference it waits for. */
    public record Knocked(String requestId, String conferenceId) {
    }

    private record Knock(Waiting waiting, JoinTokens.Claims claims, ParticipantChannel channel) {
    }

    private static final class WaitingRoom {
        final Map<String, Knock> waiting = new LinkedHashMap<>();
        /** Host sockets watching, by a key the caller picks (the socket id), so a re-watch replaces. */
        final Map<String, ParticipantChannel> hosts = new LinkedHashMap<>();
    }

    /** Puts the holder of a lobby join token in the waiting room and tells the watching hosts. */
    public Knocked knock(String lobbyToken, ParticipantChannel channel) {
        JoinTokens.Claims claims = tokens.verify(lobbyToken).filter(JoinTokens.Claims::lobby)
                .orElseThrow(() -> forbidden("Knock with the lobby token from POST /meetings/join (it lasts "
                        + JoinTokens.TTL.toMinutes() + " minutes)."));
        requireLive(claims.conferenceId());
        Waiting waiting = new Waiting("r" + HexFormat.of().formatHex(randomBytes()), claims.displayName(), claims.guest());
        WaitingRoom room = waitingRooms.computeIfAbsent(claims.conferenceId(), id -> new WaitingRoom());
        synchronized (room) {
            prune(room);
            // One entry per person (the token's subject): knocking again replaces the earlier knock.
            List<String> earlier = room.waiting.values().stream()
                    .filter(k -> k.claims().subject().equals(claims.subject())).map(k -> k.waiting().requestId()).toList();
            for (String requestId : earlier) {
                room.waiting.remove(requestId);
                room.hosts.values().forEach(host -> host.send("lobby_left", new Left(requestId)));
            }
            if (room.waiting.size() >= maxWaiting) {
                throw new ConferenceException(ConferenceError.LOBBY_FULL, "The lobby of this meeting is full: "
                        + maxWaiting + " people are already waiting. Try again in a few minutes.");
            }
            room.waiting.put(waiting.requestId(), new Knock(waiting, claims, channel));
            room.hosts.values().forEach(host -> host.send("lobby_knock", waiting));
        }
        log.info("lobby knock conference={} request={}", claims.conferenceId(), waiting.requestId());
        return new Knocked(waiting.requestId(), claims.conferenceId());
    }

    /** Registers a host's socket for lobby news and returns who waits now; only the meeting's host may watch. */
    public List<Waiting> watch(long userId, String conferenceId, String socketKey, ParticipantChannel channel) {
        requireHost(userId, conferenceId);
        WaitingRoom room = waitingRooms.computeIfAbsent(conferenceId, id -> new WaitingRoom());
        synchronized (room) {
            room.hosts.put(socketKey, channel);
            prune(room);
            return room.waiting.values().stream().map(Knock::waiting).toList();
        }
    }

    /**
     * Forgets the knocks of people whose socket closed (they gave up or closed the tab), telling the hosts, and the host
     * sockets that closed. Runs on every knock and watch, so a room never grows past its live sockets for long.
     */
    private static void prune(WaitingRoom room) {
        room.hosts.values().removeIf(host -> !host.open());
        List<String> gone = room.waiting.values().stream().filter(k -> !k.channel().open())
                .map(k -> k.waiting().requestId()).toList();
        for (String requestId : gone) {
            room.waiting.remove(requestId);
            room.hosts.values().forEach(host -> host.send("lobby_left", new Left(requestId)));
        }
    }

    /** The host lets {@code requestId} in: the person receives {@code lobby_admitted} with a join token that joins. */
    public void admit(long userId, String conferenceId, String requestId) {
        Knock knock = take(userId, conferenceId, requestId);
        JoinTokens.Claims c = knock.claims();
        String token = tokens.issue(new JoinTokens.Claims(c.subject(), c.userId(), c.meetingId(), c.conferenceId(),
                c.displayName(), c.role(), false));
        knock.channel().send("lobby_admitted", new Admitted(conferenceId, token, JoinTokens.TTL.toSeconds()));
        log.info("lobby admit conference={} request={}", conferenceId, requestId);
    }

    /** The host turns {@code requestId} away: the person receives {@code lobby_rejected}. */
    public void reject(long userId, String conferenceId, String requestId) {
        Knock knock = take(userId, conferenceId, requestId);
        knock.channel().send("lobby_rejected", new Rejected(conferenceId, "The host did not let you in."));
        log.info("lobby reject conference={} request={}", conferenceId, requestId);
    }

    /** The conference ended: everyone still waiting is told, and the room is forgotten. */
    public void close(String conferenceId) {
        WaitingRoom room = waitingRooms.remove(conferenceId);
        if (room == null) {
            return;
        }
        synchronized (room) {
            room.waiting.values().forEach(k -> k.channel().send("lobby_rejected", new Rejected(conferenceId, "The meeting ended.")));
        }
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

    private Knock take(long userId, String conferenceId, String requestId) {
        requireHost(userId, conferenceId);
        WaitingRoom room = waitingRooms.get(conferenceId);
        Knock knock;
        if (room == null) {
            knock = null;
        } else {
            synchronized (room) {
                knock = room.waiting.remove(requestId);
                if (knock != null) {
                    room.hosts.values().forEach(host -> host.send("lobby_left", new Left(requestId)));
                }
            }
        }
        if (knock == null) {
            throw new ConferenceException(ConferenceError.FORBIDDEN, "Nobody with request id '" + requestId + "' is waiting.");
        }
        return knock;
    }

    private void requireHost(long userId, String conferenceId) {
        ConferenceRow row = requireLive(conferenceId);
        Meeting meeting = meetings.find(row.meetingId()).orElseThrow(() -> forbidden("No such meeting."));
        if (meeting.hostId() != userId) {
            throw forbidden("Only the host manages the lobby.");
        }
    }

    private ConferenceRow requireLive(String conferenceId) {
        ConferenceRow row = LiveId.rowId(conferenceId).stream().boxed().map(rows::find).flatMap(java.util.Optional::stream)
                .findFirst().orElseThrow(() -> forbidden("There is no meeting conference '" + conferenceId + "'."));
        if (!row.live()) {
            throw forbidden("This meeting has ended.");
        }
        return row;
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static ConferenceException forbidden(String message) {
        return new ConferenceException(ConferenceError.FORBIDDEN, message);
    }
}
