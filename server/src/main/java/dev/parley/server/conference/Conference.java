package dev.parley.server.conference;

import dev.parley.media.sfu.Producer;
import dev.parley.media.sfu.Router;
import dev.parley.media.sfu.RouterStats;
import dev.parley.media.sfu.TransportState;
import dev.parley.media.sfu.WebRtcTransport;
import dev.parley.media.sfu.sdp.PublishNegotiation;
import dev.parley.media.sfu.sdp.PublishOffer;
import dev.parley.media.sfu.sdp.PublishSection;
import dev.parley.media.sfu.sdp.SdpException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * A live conference: one SFU Router and up to {@link #MAX_PARTICIPANTS} participants. Every operation runs under {@link #lock},
 * so membership, publications and each participant's offer sequence change atomically; Router calls made under it complete
 * on the Router's loop, which never takes this lock (RouterListener callbacks reach us through another thread).
 */
public final class Conference {
    /** Product limit: a 10-person call keeps every participant's downlink at 9 video + 9 audio streams. */
    public static final int MAX_PARTICIPANTS = 10;

    private final String id;
    private final Router router;
    private final Runnable onEmpty;
    /** Told (outside the lock) about every participant who left or was removed: attendance. */
    private final Consumer<Participant> onLeft;
    /** Guards {@link #participants}, {@link #closed} and the state of every Participant and Subscriber of this conference. */
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, Participant> participants = new LinkedHashMap<>();
    private boolean closed;

    /** What a join returns: the new participant's id and everyone already there. */
    public record Joined(String participantId, List<ConferenceEvent.ParticipantView> participants) {
    }

    /** One Producer of a publish, for the publisher's bookkeeping (mid → producer id). */
    public record Published(String producerId, String mid, String source) {
    }

    /** What a publish returns: the send connection's SDP answer and the participant's current Producers. */
    public record PublishResult(String sdp, List<Published> producers) {
    }

    Conference(String id, Router router, Runnable onEmpty) {
        this(id, router, onEmpty, participant -> { });
    }

    Conference(String id, Router router, Runnable onEmpty, Consumer<Participant> onLeft) {
        this.id = id;
        this.router = router;
        this.onEmpty = onEmpty;
        this.onLeft = onLeft;
    }

    public String id() {
        return id;
    }

    /**
     * Adds a participant: creates their two transports and Consumers of everything already published, hands {@code reply} the
     * result (still under the lock, so the reply reaches the socket before any event about later changes), tells the others,
     * then sends the newcomer's first recv offer.
     *
     * @return empty when this conference closed meanwhile (the registry then starts a new one)
     */
    Optional<Participant> join(ConferenceUser user, JoinGrant grant, ParticipantChannel channel, Consumer<Participant> joined,
                               Consumer<Joined> reply) {
        lock.lock();
        try {
            if (closed) {
                return Optional.empty();
            }
            if (participants.size() >= MAX_PARTICIPANTS) {
                throw new ConferenceException(ConferenceError.CONFERENCE_FULL,
                        "This conference is full: it already has " + MAX_PARTICIPANTS + " participants.");
            }
            String participantId = Ids.participant();
            WebRtcTransport send = router.createWebRtcTransport(participantId + "-send");
            WebRtcTransport recv = router.createWebRtcTransport(participantId + "-recv");
            Participant participant = new Participant(participantId, user, grant, channel, send, recv,
                    new Subscriber(router, recv, channel));
            for (Participant other : participants.values()) {
                for (Publication publication : other.publications()) {
                    participant.subscriber().subscribe(other.id(), publication);
                }
            }
            List<ConferenceEvent.ParticipantView> present = participants.values().stream().map(Participant::view).toList();
            participants.put(participantId, participant);
            // Observers (moderation's host choice, attendance, chat roster) learn of the join before the joiner or anyone else
            // can act on it: in join order, so "the first joiner hosts" holds however the sockets' threads interleave.
            joined.accept(participant);
            reply.accept(new Joined(participantId, present));
            broadcast(participantId, new ConferenceEvent.ParticipantJoined(participant.view()));
            participant.subscriber().offerIfDue();
            return Optional.of(participant);
        } finally {
            lock.unlock();
        }
    }

    /**
     * The browser's offer on its send connection: connects the transport (first time), creates a Producer for every newly sent
     * m-section, closes the Producers of sections that stopped sending, subscribes everyone else, answers.
     *
     * @param sources the source of each newly sent mid ("microphone", "camera", ...)
     */
    public PublishResult publish(String participantId, String sdp, Map<String, String> sources) {
        PublishOffer offer;
        try {
            offer = PublishNegotiation.readOffer(sdp);
        } catch (SdpException e) {
            throw new ConferenceException(ConferenceError.INVALID_SDP, e.getMessage());
        }
        lock.lock();
        try {
            Participant publisher = member(participantId);
            Map<String, MediaSource> newSources = sourcesOfNewSections(publisher, offer, sources);
            publisher.sendTransport().connect(offer.transport());
            for (Publication publication : publisher.publications()) {
                boolean stillSent = offer.sections().stream()
                        .anyMatch(s -> s.mid().equals(publication.mid()) && s.producer().isPresent());
                if (!stillSent) {
                    unpublish(publisher, publication);
                }
            }
            List<Publication> added = new ArrayList<>();
            for (PublishSection section : offer.sections()) {
                MediaSource source = newSources.get(section.mid());
                if (source != null) {
                    Producer producer = Await.result(router.produce(publisher.sendTransport(), Ids.producer(),
                            section.producer().orElseThrow()), "accept a published track");
                    Publication publication = new Publication(producer, source, section.mid());
                    publisher.addPublication(publication);
                    added.add(publication);
                }
            }
            String answer = PublishNegotiation.answer(offer, publisher.sendTransport().localParameters());
            for (Publication publication : added) {
                for (Participant other : others(participantId)) {
                    other.subscriber().subscribe(participantId, publication);
                }
                broadcast(participantId, new ConferenceEvent.ProducerAdded(participantId, publication.view()));
            }
            others(participantId).forEach(other -> other.subscriber().offerIfDue());
            return new PublishResult(answer, publisher.publications().stream()
                    .map(p -> new Published(p.id(), p.mid(), p.source().wireName())).toList());
        } finally {
            lock.unlock();
        }
    }

    /** Checks, before changing anything, that every newly sent m-section names a source of its kind. */
    private static Map<String, MediaSource> sourcesOfNewSections(Participant publisher, PublishOffer offer,
                                                                Map<String, String> sources) {
        Map<String, MediaSource> result = new LinkedHashMap<>();
        for (PublishSection section : offer.sections()) {
            if (section.producer().isEmpty() || publisher.publicationAt(section.mid()).isPresent()) {
                continue;
            }
            String name = sources.get(section.mid());
            MediaSource source = MediaSource.fromWireName(name).orElseThrow(() -> new ConferenceException(
                    ConferenceError.INVALID_SOURCE, "The sources field must name the source of mid " + section.mid()
                    + " (microphone, camera, screen or screen_audio); got " + (name == null ? "nothing" : "'" + name + "'") + "."));
            if (source.kind() != section.kind()) {
                throw new ConferenceException(ConferenceError.INVALID_SOURCE, "Mid " + section.mid() + " sends "
                        + section.kind().sdpName() + " but its source '" + name + "' is " + source.kind().sdpName() + ".");
            }
            result.put(section.mid(), source);
        }
        return result;
    }

    private void unpublish(Participant publisher, Publication publication) {
        Await.result(router.closeProducer(publication.id()), "stop a published track");
        forgetPublication(publisher, publication);
    }

    private void forgetPublication(Participant publisher, Publication publication) {
        publisher.removePublication(publication);
        for (Participant other : others(publisher.id())) {
            other.subscriber().forgetProducer(publication.id());
        }
        broadcast(publisher.id(), new ConferenceEvent.ProducerRemoved(publisher.id(), publication.id()));
    }

    /** Mic mute / camera off: pauses the Producer and tells the others (they show a placeholder). */
    public ConferenceEvent.ProducerView pause(String participantId, String producerId) {
        return setPaused(participantId, producerId, true);
    }

    public ConferenceEvent.ProducerView resume(String participantId, String producerId) {
        return setPaused(participantId, producerId, false);
    }

    private ConferenceEvent.ProducerView setPaused(String participantId, String producerId, boolean paused) {
        lock.lock();
        try {
            Participant publisher = member(participantId);
            Publication publication = publisher.publication(producerId).orElseThrow(() -> new ConferenceException(
                    ConferenceError.UNKNOWN_PRODUCER, "You publish no track with id '" + producerId + "'."));
            if (publication.producer().isPaused() != paused) {
                if (paused) {
                    publication.producer().pause();
                } else {
                    publication.producer().resume();
                }
                String source = publication.source().wireName();
                broadcast(participantId, paused
                        ? new ConferenceEvent.ProducerPaused(participantId, producerId, source)
                        : new ConferenceEvent.ProducerResumed(participantId, producerId, source));
            }
            return new ConferenceEvent.ProducerView(producerId, publication.source().wireName(),
                    publication.producer().kind().sdpName(), paused);
        } finally {
            lock.unlock();
        }
    }

    /** Closes a participant's Producers of {@code sources} on the host's authority and tells the owner {@code notice}. */
    public List<String> closeProducers(String participantId, java.util.Set<MediaSource> sources, ConferenceEvent notice) {
        lock.lock();
        try {
            Participant owner = member(participantId);
            List<Publication> closing = owner.publications().stream().filter(p -> sources.contains(p.source())).toList();
            closing.forEach(publication -> unpublish(owner, publication));
            others(participantId).forEach(other -> other.subscriber().offerIfDue());
            owner.channel().send(notice);
            return closing.stream().map(Publication::id).toList();
        } finally {
            lock.unlock();
        }
    }

    public Optional<ParticipantRole> role(String participantId) {
        lock.lock();
        try {
            return Optional.ofNullable(participants.get(participantId)).map(Participant::role);
        } finally {
            lock.unlock();
        }
    }

    /** The browser's answer to the recv connection's offer {@code version}. */
    public void subscribeAnswer(String participantId, long version, String sdp) {
        lock.lock();
        try {
            member(participantId).subscriber().answer(version, sdp);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Removes a participant and every server object they own: their Consumers, Producers (which closes the others' Consumers of
     * them), both transports. The others get a new offer; the Router closes with the last participant. Leaving twice is a no-op.
     */
    public void leave(String participantId) {
        Participant left;
        lock.lock();
        try {
            left = remove(participantId);
        } finally {
            lock.unlock();
        }
        if (left != null) {
            onLeft.accept(left);
        }
    }

    /**
     * Ends the conference for everyone (the host stopped it): each participant is told {@code conference_ended} with
     * {@code reason}, then removed like a leave; the Router closes with the last one.
     */
    public void end(String reason) {
        List<Participant> removed = new ArrayList<>();
        lock.lock();
        try {
            for (Participant participant : List.copyOf(participants.values())) {
                participant.channel().send(new ConferenceEvent.ConferenceEnded(reason));
                removed.add(remove(participant.id()));
            }
        } finally {
            lock.unlock();
        }
        removed.forEach(onLeft);
    }

    /** Sends {@code event} to every participant (settings the host changed, for instance). */
    public void announce(ConferenceEvent event) {
        lock.lock();
        try {
            participants.values().forEach(participant -> participant.channel().send(event));
        } finally {
            lock.unlock();
        }
    }

    /** How many participants are in the conference now. */
    public int size() {
        lock.lock();
        try {
            return participants.size();
        } finally {
            lock.unlock();
        }
    }

    /** The leave itself, under the lock; returns the removed participant, or null when there was none. */
    private Participant remove(String participantId) {
        Participant leaving = participants.remove(participantId);
        if (leaving == null) {
            return null;
        }
        leaving.subscriber().closeAll();
        for (Publication publication : leaving.publications()) {
            unpublish(leaving, publication);
        }
        leaving.sendTransport().close();
        leaving.recvTransport().close();
        broadcast(participantId, new ConferenceEvent.ParticipantLeft(participantId));
        participants.values().forEach(other -> other.subscriber().offerIfDue());
        if (participants.isEmpty()) {
            closed = true;
            router.close();
            onEmpty.run();
        }
        return leaving;
    }

    /** A transport changed state in the SFU: tell its participant (a FAILED send or recv connection needs a rejoin). */
    void transportStateChanged(String transportId, TransportState state, String reason) {
        lock.lock();
        try {
            for (Participant participant : participants.values()) {
                participant.connectionOf(transportId).ifPresent(connection -> participant.channel().send(
                        new ConferenceEvent.TransportStateChanged(connection, state.name().toLowerCase(java.util.Locale.ROOT),
                                reason)));
            }
        } finally {
            lock.unlock();
        }
    }

    /** The SFU closed a Producer on its own (its transport failed): forget it like an unpublish. */
    void producerClosed(String producerId) {
        lock.lock();
        try {
            for (Participant participant : List.copyOf(participants.values())) {
                participant.publication(producerId).ifPresent(publication -> {
                    forgetPublication(participant, publication);
                    others(participant.id()).forEach(other -> other.subscriber().offerIfDue());
                });
            }
        } finally {
            lock.unlock();
        }
    }

    /** The participants' ids with their live Consumer ids, in join order (for stats and tests). */
    public Map<String, List<String>> consumersByParticipant() {
        lock.lock();
        try {
            Map<String, List<String>> result = new LinkedHashMap<>();
            participants.forEach((pid, participant) -> result.put(pid, participant.subscriber().consumerIds()));
            return result;
        } finally {
            lock.unlock();
        }
    }

    /** Whether this user is in the conference right now (under any participant id). */
    public boolean hasUser(long userId) {
        lock.lock();
        try {
            return participants.values().stream().anyMatch(p -> p.user().userId() == userId);
        } finally {
            lock.unlock();
        }
    }

    /** Everyone in the conference, in join order. */
    public List<ConferenceEvent.ParticipantView> participants() {
        lock.lock();
        try {
            return participants.values().stream().map(Participant::view).toList();
        } finally {
            lock.unlock();
        }
    }

    public boolean hasParticipant(String participantId) {
        lock.lock();
        try {
            return participants.containsKey(participantId);
        } finally {
            lock.unlock();
        }
    }

    public RouterStats stats() {
        return router.stats();
    }

    private Participant member(String participantId) {
        Participant participant = participants.get(participantId);
        if (participant == null) {
            throw new ConferenceException(ConferenceError.FORBIDDEN, "You are not a participant of conference " + id + ".");
        }
        return participant;
    }

    private List<Participant> others(String participantId) {
        return participants.values().stream().filter(p -> !p.id().equals(participantId)).toList();
    }

    private void broadcast(String fromParticipantId, ConferenceEvent event) {
        for (Participant other : others(fromParticipantId)) {
            other.channel().send(event);
        }
    }
}
