package dev.parley.server.conference;

import dev.parley.media.sfu.Router;
import dev.parley.media.sfu.RouterListener;
import dev.parley.media.sfu.RouterStats;
import dev.parley.media.sfu.WebRtcTransport;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * The owner of one live conference (docs/decisions/0007): its SFU Router, roster, host rule, settings, and the one channel to
 * each participant; features (moderation, screen sharing, attendance, chat, the lobby) are {@link ConferencePart}s of it.
 * An owner may be empty: a meeting's lives from its start to its stop, with a Router only while someone is in
 * ({@link MediaSession}); an ad-hoc room's closes when its last participant leaves. Everything runs on the conference's
 * {@link SerialExecutor}, one task at a time, so no field needs a lock. Nothing on it waits: Router calls return futures
 * that continue as tasks here, sockets only queue, Router events arrive as tasks.
 *
 * <p>This class keeps the lifetime (join, leave, end, close) and the public face; the participants are kept by its
 * {@link Roster}, and how work reaches the executor (commands of one participant run in order, replies before later tasks)
 * is {@link Commands}.
 */
public final class Conference {
    private final String id;
    private final SerialExecutor actor;
    private final MediaSession media;
    private final int maxParticipants;
    private final HostRule hosts;
    private final List<ConferencePart> parts;
    private final Runnable onClosed;
    private final Roster participants;
    private final Commands commands;
    private final Reconnections reconnections;
    private ConferenceSettings settings;
    private boolean closed;

    /**
     * What a join returns: the conference, the participant's id and everyone else there.
     *
     * @param resumeToken  the seat's resume token when the joiner asked for a resumable seat, else null
     * @param resumed      true when an existing seat was taken back ({@link #resume}), same id and state
     * @param pausedSources sources the seat had paused before a reload renewed its media: the page publishes them paused
     */
    public record Joined(Conference conference, String participantId, List<ConferenceEvent.ParticipantView> participants,
                         String resumeToken, boolean resumed, List<String> pausedSources) {
        public Joined(Conference conference, String participantId, List<ConferenceEvent.ParticipantView> participants) {
            this(conference, participantId, participants, null, false, List.of());
        }
    }

    /** One Producer of a publish, for the publisher's bookkeeping (mid → producer id). */
    public record Published(String producerId, String mid, String source) {
    }

    /** What a publish returns: the send connection's SDP answer and the participant's current Producers. */
    public record PublishResult(String sdp, List<Published> producers) {
    }

    /** Where a command's result goes: called on the conference's executor, before any later task, with a result or an error. */
    @FunctionalInterface
    public interface Reply<T> {
        void done(T result, Throwable error);

        static <T> Reply<T> none() {
            return (result, error) -> { };
        }
    }

    /**
     * Made by {@link ConferenceRegistry} (and unit tests, with a media server of their own).
     *
     * @param routers     makes the conference's Router at the first join (again after everyone left)
     * @param carrier     runs the conference's serial executor, and Router closes
     * @param meetingHost the meeting host's account, for the host rule of people not (yet) in the call; empty for ad-hoc rooms
     * @param onClosed    called on the executor when the owner closes (ended; ad-hoc: its last participant left)
     */
    public Conference(String id, Function<RouterListener, Router> routers, Executor carrier, ConferenceSettings settings,
                      int maxParticipants, OptionalLong meetingHost, List<ConferencePart> parts, Runnable onClosed) {
        this(id, routers, carrier, settings, maxParticipants, meetingHost, parts, onClosed, ReconnectPolicy.NONE);
    }

    /** @param reconnect how long the seat of a participant whose socket dropped waits for them ({@link Reconnections}) */
    public Conference(String id, Function<RouterListener, Router> routers, Executor carrier, ConferenceSettings settings,
                      int maxParticipants, OptionalLong meetingHost, List<ConferencePart> parts, Runnable onClosed,
                      ReconnectPolicy reconnect) {
        this.id = id;
        this.actor = new SerialExecutor(carrier, "conference-" + id);
        this.media = new MediaSession(this, routers, actor, carrier);
        this.settings = settings;
        this.maxParticipants = maxParticipants;
        this.hosts = new HostRule(!LiveId.isMeeting(id), meetingHost);
        this.parts = List.copyOf(parts);
        this.onClosed = onClosed;
        this.participants = new Roster(id);
        this.commands = new Commands(id, actor, participants);
        this.reconnections = new Reconnections(this, participants, media, actor, reconnect);
    }

    public String id() {
        return id;
    }

    /** The conference's executor: continue here after a future completes ({@code whenCompleteAsync(..., executor())}). */
    public Executor executor() {
        return actor;
    }

    // ---- the actor API: any thread ----

    /** Runs {@code query} on the conference's executor. */
    public <T> CompletableFuture<T> ask(Function<Conference, T> query) {
        return commands.ask(() -> query.apply(this));
    }

    /**
     * Runs a participant's command: {@code flow} on the executor, after the participant's earlier commands finished; its
     * stage may wait for the Router (continuing on the executor). {@code reply} gets the outcome on the executor.
     */
    public <T> CompletableFuture<T> command(String participantId, Function<Participant, CompletionStage<T>> flow,
                                            Reply<? super T> reply) {
        return commands.command(participantId, flow, reply);
    }

    /**
     * Runs an action that needs no participant (the lobby's knocks and host requests): {@code action} on the executor,
     * {@code reply} right after it there, so a reply is queued before anything a later task sends. A closed owner refuses.
     */
    public <T> void act(Function<Conference, T> action, Reply<? super T> reply) {
        commands.act(() -> {
            if (closed) {
                throw new ConferenceException(ConferenceError.FORBIDDEN, "Conference " + id + " has ended.");
            }
            return action.apply(this);
        }, reply);
    }

    /**
     * Adds a participant: creates their two transports, asks for Consumers of everything already published, hands
     * {@code reply} the result (on the executor, so the reply reaches the socket before any event about later changes), tells
     * the others and every part, then the newcomer's first recv offer follows once its Consumers exist.
     *
     * @return the participant id, or empty when this conference closed meanwhile (the registry then starts a new one)
     */
    public CompletableFuture<Optional<String>> join(ConferenceUser user, JoinGrant grant, ParticipantChannel channel,
                                             Reply<Joined> reply) {
        return join(user, grant, channel, false, reply);
    }

    /**
     * @param resumable the joiner can take its seat back after losing its socket: it gets a resume token, and a lost socket
     *                  makes it away for the reconnect grace period instead of leaving (when this conference keeps seats)
     */
    public CompletableFuture<Optional<String>> join(ConferenceUser user, JoinGrant grant, ParticipantChannel channel,
                                                    boolean resumable, Reply<Joined> reply) {
        CompletableFuture<Optional<String>> result = new CompletableFuture<>();
        actor.execute(() -> {
            if (closed) {
                result.complete(Optional.empty());
                return;
            }
            try {
                Participant participant = admit(user, grant, new Seat(channel, resumable && reconnections.keepsSeats()),
                        reply);
                result.complete(Optional.of(participant.id()));
            } catch (RuntimeException e) {
                Commands.finish(new CompletableFuture<Joined>(), reply, null, e);
                result.completeExceptionally(e);
                if (participants.isEmpty()) {
                    media.close();
                    closeIfEmptyRoom();
                }
            }
        });
        return result;
    }

    private Participant admit(ConferenceUser user, JoinGrant grant, Seat channel, Reply<Joined> reply) {
        parts.forEach(part -> part.checkJoin(this, user));
        if (participants.size() >= capacityFor(user, grant)) {
            throw new ConferenceException(ConferenceError.CONFERENCE_FULL,
                    "This conference is full: it already has " + maxParticipants + " participants.");
        }
        String participantId = Ids.participant();
        Router router = media.router();
        WebRtcTransport send = router.createWebRtcTransport(participantId + "-send");
        WebRtcTransport recv = router.createWebRtcTransport(participantId + "-recv");
        Participant participant = new Participant(participantId, user, grant, channel, send, recv,
                new Subscriber(router, actor, media.publishing()::isLive, recv, channel));
        for (Participant other : participants.all()) {
            for (Publication publication : other.publications()) {
                participant.subscriber().subscribe(other.id(), publication);
            }
        }
        List<ConferenceEvent.ParticipantView> present = participants.views();
        hosts.joined(participant, participants.isEmpty());
        participants.add(participant);
        Commands.finish(new CompletableFuture<>(), reply,
                new Joined(this, participantId, present, channel.resumeToken(), false, List.of()), null);
        broadcastFrom(participantId, new ConferenceEvent.ParticipantJoined(participant.view()));
        parts.forEach(part -> part.joined(this, participant));
        participant.subscriber().offerIfDue();
        return participant;
    }

    /**
     * How many may already be in for this joiner to get in. The meeting's host always gets in (issue 13, 12): guests filling a
     * meeting must not lock out the person who runs it, so the host's first seat may be one over the cap. A second tab of the
     * host takes an ordinary seat, so the cap is exceeded by one at most.
     */
    private int capacityFor(ConferenceUser user, JoinGrant grant) {
        boolean hostsFirstSeat = grant.role() == ParticipantRole.HOST && !participants.hasUser(user.userId());
        return hostsFirstSeat ? maxParticipants + 1 : maxParticipants;
    }

    /**
     * Whether this person would be let in now by the parts' join checks (the deny list of removed people), without joining:
     * the join endpoint asks before the green room, so a removed person is refused before walking the join flow again. The
     * future fails with the part's {@link Refusal}.
     */
    public CompletableFuture<Void> checkAdmission(ConferenceUser user) {
        return ask(c -> {
            parts.forEach(part -> part.checkJoin(this, user));
            return null;
        });
    }

    /**
     * The participant's socket closed: a resumable participant's seat waits for them ({@link Reconnections}), anyone else
     * leaves. Does nothing when the seat moved to another socket meanwhile.
     */
    public CompletableFuture<Void> socketLost(String participantId, ParticipantChannel socket) {
        return ask(c -> {
            reconnections.socketLost(participantId, socket);
            return null;
        });
    }

    /**
     * Takes back the seat whose resume token is {@code token} on a new socket (see {@link Reconnections#resume}); {@code reply}
     * gets the seat's {@link Joined} (resumed) or a RESUME_FAILED refusal on the executor.
     *
     * @return the participant id, or a failed future with the refusal
     */
    public CompletableFuture<String> resume(ConferenceUser user, String token, ParticipantChannel socket, boolean keepMedia,
                                            Reply<Joined> reply) {
        CompletableFuture<String> result = new CompletableFuture<>();
        actor.execute(() -> {
            if (closed) {
                Commands.finish(result, (r, e) -> reply.done(null, e), null, new ConferenceException(
                        ConferenceError.RESUME_FAILED, "Conference " + id + " has ended."));
                return;
            }
            try {
                reconnections.resume(user, token, socket, keepMedia, (joined, error) -> {
                    reply.done(joined, error);
                    result.complete(joined.participantId());
                });
            } catch (RuntimeException e) {
                Commands.finish(result, (r, err) -> reply.done(null, err), null, e);
            }
        });
        return result;
    }

    /** Leaves the conference (leave message; a socket closed without a resumable seat); leaving twice is a no-op. */
    public CompletableFuture<Void> leave(String participantId) {
        return ask(c -> {
            remove(participantId);
            return null;
        });
    }

    /**
     * Removes a participant and every server object they own: their Consumers, Producers (which closes the others' Consumers of
     * them), both transports. The others get a new offer; the Router closes with the last participant. On the executor.
     */
    public void remove(String participantId) {
        Participant leaving = participants.remove(participantId);
        if (leaving == null) {
            return;
        }
        leaving.subscriber().closeAll();
        for (Publication publication : leaving.publications()) {
            media.publishing().unpublish(leaving, publication);
        }
        leaving.sendTransport().close();
        leaving.recvTransport().close();
        broadcastFrom(participantId, new ConferenceEvent.ParticipantLeft(participantId));
        hosts.left(participantId, members());
        parts.forEach(part -> part.left(this, leaving));
        participants.all().forEach(other -> other.subscriber().offerIfDue());
        if (participants.isEmpty()) {
            media.close();
            closeIfEmptyRoom();
        }
    }

    /** An ad-hoc room lives only while someone is in (a meeting's owner waits for its stop). */
    private void closeIfEmptyRoom() {
        if (participants.isEmpty() && !LiveId.isMeeting(id)) {
            close();
        }
    }

    private void close() {
        if (closed) {
            return;
        }
        closed = true;
        media.close();
        parts.forEach(part -> part.closed(this));
        onClosed.run();
    }

    /**
     * Ends the conference for everyone: each participant is told {@code conference_ended}, then removed like a leave; the
     * owner closes (and its parts with it: the lobby turns its waiting people away) even when nobody was in.
     */
    public CompletableFuture<Void> end(String reason) {
        return ask(c -> {
            for (Participant participant : members()) {
                participant.channel().send(new ConferenceEvent.ConferenceEnded(reason));
                remove(participant.id());
            }
            close();
            return null;
        });
    }

    /** The host changed the settings: the conference holds them and tells everyone. */
    public CompletableFuture<Void> applySettings(ConferenceSettings changed) {
        return ask(c -> {
            settings = changed;
            broadcast(new ConferenceEvent.SettingsChanged(changed.screenSharingEnabled(), changed.videoRecordingEnabled(),
                    changed.locked()));
            return null;
        });
    }

    // ---- on the executor: for parts, flows and the conference's own classes ----

    public Optional<Participant> participant(String participantId) {
        return Optional.ofNullable(participants.get(participantId));
    }

    /** The participant, or a FORBIDDEN refusal for someone who is not (or no longer) in the conference. */
    public Participant member(String participantId) {
        return participants.member(participantId);
    }

    /** Everyone, in join order. */
    public List<Participant> members() {
        return participants.copy();
    }

    public boolean isHost(String participantId) {
        return hosts.isHost(participantId);
    }

    /**
     * The same host rule for someone who need not be in the call (a host watching the lobby): the meeting host's account, or
     * the account of a participant who hosts.
     */
    public boolean isHostAccount(long userId) {
        return hosts.isHostAccount(userId, participants.all());
    }

    /**
     * The host check of every host-only control (moderation, screen sharing, chat deletion).
     *
     * @return the host's display name, for "muted by Ada"
     */
    public String requireHost(String participantId, String action) {
        if (!hosts.isHost(participantId)) {
            throw new ConferenceException(ConferenceError.NOT_HOST, "Only the host can " + action + ".");
        }
        return member(participantId).displayName();
    }

    /** The hosts' participant ids, in the order they became host. */
    public List<String> hostIds() {
        return hosts.ids();
    }

    public ConferenceSettings settings() {
        return settings;
    }

    public <P extends ConferencePart> Optional<P> part(Class<P> type) {
        return parts.stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    public Publishing publishing() {
        return media.publishing();
    }

    List<ConferencePart> parts() {
        return parts;
    }

    /** Queues a message to one participant, if present. */
    public void send(String participantId, String type, Object body) {
        participants.send(participantId, type, body);
    }

    public void broadcast(ConferenceEvent event) {
        participants.broadcast(event);
    }

    void broadcastFrom(String fromParticipantId, ConferenceEvent event) {
        participants.broadcastFrom(fromParticipantId, event);
    }

    List<Participant> others(String participantId) {
        return participants.others(participantId);
    }

    ConferenceException notMember() {
        return participants.notMember();
    }

    // ---- snapshots: any thread (REST, tests); on the executor they read directly ----

    /** Everyone in the conference, in join order. */
    public List<ConferenceEvent.ParticipantView> participants() {
        return commands.snapshot(participants::views);
    }

    public int size() {
        return commands.snapshot(participants::size);
    }

    public boolean hasUser(long userId) {
        return commands.snapshot(() -> participants.hasUser(userId));
    }

    public boolean hasParticipant(String participantId) {
        return commands.snapshot(() -> participants.contains(participantId));
    }

    /** The participants' ids with their live Consumer ids, in join order (for stats and tests). */
    public Map<String, List<String>> consumersByParticipant() {
        return commands.snapshot(participants::consumersByParticipant);
    }

    public RouterStats stats() {
        return media.stats();
    }
}
