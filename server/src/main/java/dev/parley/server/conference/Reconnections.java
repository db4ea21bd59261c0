package dev.parley.server.conference;

import dev.parley.media.sfu.Router;
import dev.parley.media.sfu.WebRtcTransport;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeping a participant's seat while they reconnect (issue 12). A resumable participant whose socket drops stays in the
 * roster, away: same id, Producers, hand, mutes, presenter role; the others are told {@code participant_reconnecting}, and
 * what is sent to the participant meanwhile is held by their {@link Seat}. Within the grace period a new socket presenting
 * the seat's resume token takes it back:
 * <ol>
 *   <li>with its peer connections kept (only the socket dropped): it gets the held messages, in order, and nothing else
 *       changes;</li>
 *   <li>with fresh peer connections (a page reload): the old transports and Producers close, new transports and Consumers of
 *       everything published are made, and the client is sent the whole state anew (the parts' {@code resumed} hook), with the
 *       sources that were paused so it publishes them paused again.</li>
 * </ol>
 * After the grace period the seat is released as a normal leave. Everything runs on the conference's executor; the timer only
 * posts the expiry there, and an expiry meant for an earlier absence does nothing (the seat counts its absences).
 */
final class Reconnections {
    /** Close code for a socket whose seat another socket resumed (a duplicated tab): it must not reconnect and take it back. */
    static final int RESUMED_ELSEWHERE = 4409;
    private static final Logger log = LoggerFactory.getLogger(Reconnections.class);

    private final Conference conference;
    private final Roster roster;
    private final MediaSession media;
    private final Executor actor;
    private final ReconnectPolicy policy;

    Reconnections(Conference conference, Roster roster, MediaSession media, Executor actor, ReconnectPolicy policy) {
        this.conference = conference;
        this.roster = roster;
        this.media = media;
        this.actor = actor;
        this.policy = policy;
    }

    /** Whether a joiner that asks for it gets a resumable seat. */
    boolean keepsSeats() {
        return policy.keepsSeats();
    }

    /** The socket of {@code participantId} closed: a resumable seat waits for them, any other participant leaves. */
    void socketLost(String participantId, ParticipantChannel socket) {
        Participant participant = roster.get(participantId);
        if (participant == null || participant.seat().socket() != socket) {
            return; // gone already, or resumed on a newer socket meanwhile
        }
        if (!participant.seat().resumable() || !policy.keepsSeats()) {
            conference.remove(participantId);
            return;
        }
        participant.seat().leaveSocket();
        int absence = participant.seat().absences();
        log.info("participant reconnecting conference={} participant={}", conference.id(), participantId);
        conference.broadcastFrom(participantId, new ConferenceEvent.ParticipantReconnecting(participantId));
        policy.timer().schedule(() -> actor.execute(() -> expire(participantId, absence)),
                policy.grace().toMillis(), TimeUnit.MILLISECONDS);
    }

    private void expire(String participantId, int absence) {
        Participant participant = roster.get(participantId);
        if (participant != null && participant.away() && participant.seat().absences() == absence) {
            log.info("reconnect grace over conference={} participant={}", conference.id(), participantId);
            conference.remove(participantId);
        }
    }

    /**
     * Gives the seat whose token is {@code token} to {@code socket}, when it is {@code user}'s: a token cannot take another
     * person's seat, and people removed by the host have none left. The socket the seat had, if the server has not seen it
     * close yet (a reload is often faster), is closed with {@link #RESUMED_ELSEWHERE}.
     *
     * @param keepMedia the client kept its peer connections (held messages are delivered) or made new ones (media renewed)
     * @param reply     gets the result before any event of the resume reaches the socket
     */
    void resume(ConferenceUser user, String token, ParticipantChannel socket, boolean keepMedia,
                Conference.Reply<Conference.Joined> reply) {
        Participant participant = roster.all().stream().filter(p -> p.seat().matches(token)).findFirst()
                .filter(p -> p.personKey().equals(user.personKey()))
                .orElseThrow(() -> new ConferenceException(ConferenceError.RESUME_FAILED,
                        "There is no seat to resume in conference " + conference.id() + ": join again."));
        Seat seat = participant.seat();
        if (keepMedia && seat.overflowed()) {
            // It missed more than the seat could hold: it cannot catch up, so it starts over with a normal join.
            conference.remove(participant.id());
            throw new ConferenceException(ConferenceError.RESUME_FAILED, "Too much happened while you were away: join again.");
        }
        boolean wasAway = seat.away();
        ParticipantChannel previous = seat.socket();
        List<String> paused = participant.pausedSources();
        seat.attach(socket);
        if (previous != null && previous != socket) {
            previous.disconnect(RESUMED_ELSEWHERE, "resumed elsewhere");
        }
        if (!keepMedia) {
            renewMedia(participant);
        }
        List<ConferenceEvent.ParticipantView> others = roster.others(participant.id()).stream().map(Participant::view)
                .toList();
        Commands.finish(new java.util.concurrent.CompletableFuture<>(), reply, new Conference.Joined(conference,
                participant.id(), others, seat.resumeToken(), true, keepMedia ? List.of() : paused), null);
        seat.deliverHeld(keepMedia);
        log.info("participant resumed conference={} participant={} keepMedia={}", conference.id(), participant.id(),
                keepMedia);
        if (wasAway) {
            conference.broadcastFrom(participant.id(), new ConferenceEvent.ParticipantReconnected(participant.id()));
        }
        conference.parts().forEach(part -> part.resumed(conference, participant, !keepMedia));
        if (!keepMedia) {
            participant.subscriber().offerIfDue();
        }
    }

    /**
     * A reloaded page has new peer connections: the seat's old transports, Consumers and Producers close (the others get
     * {@code producer_removed}; the page publishes again), and new transports subscribe to everything published now.
     */
    private void renewMedia(Participant participant) {
        participant.subscriber().closeAll();
        for (Publication publication : participant.publications()) {
            media.publishing().unpublish(participant, publication);
        }
        participant.sendTransport().close();
        participant.recvTransport().close();
        Router router = media.router();
        String generation = Ids.consumer();
        WebRtcTransport send = router.createWebRtcTransport(participant.id() + "-send-" + generation);
        WebRtcTransport recv = router.createWebRtcTransport(participant.id() + "-recv-" + generation);
        Subscriber subscriber = new Subscriber(router, actor, media.publishing()::isLive, recv, participant.channel());
        participant.renewMedia(send, recv, subscriber);
        for (Participant other : roster.others(participant.id())) {
            for (Publication publication : other.publications()) {
                subscriber.subscribe(other.id(), publication);
            }
        }
    }
}
