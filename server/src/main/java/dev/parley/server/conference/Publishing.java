package dev.parley.server.conference;

import dev.parley.media.sfu.Producer;
import dev.parley.media.sfu.Router;
import dev.parley.media.sfu.TransportState;
import dev.parley.media.sfu.sdp.PublishNegotiation;
import dev.parley.media.sfu.sdp.PublishOffer;
import dev.parley.media.sfu.sdp.PublishSection;
import dev.parley.media.sfu.sdp.SdpException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The media side of a live conference: publishing (offer → Producers → everyone else's Consumers → answer), pausing, the
 * host closing someone's tracks, recv answers, and the Router's own events. Part of {@link Conference}; every method runs on
 * its executor, and Router results continue there as tasks.
 */
public final class Publishing {
    private final Conference conference;
    private final Router router;

    Publishing(Conference conference, Router router) {
        this.conference = conference;
        this.router = router;
    }

    /**
     * The browser's offer on its send connection: connects the transport (first time), closes the Producers of sections that
     * stopped sending, asks the Router for a Producer per newly sent m-section and, once they exist, subscribes everyone else
     * and answers. The parts check the publish first (the presenter rule) and see the outcome (a hard mute).
     *
     * @param sources the source of each newly sent mid ("microphone", "camera", ...)
     */
    public CompletableFuture<Conference.PublishResult> publish(Participant publisher, String sdp, Map<String, String> sources) {
        PublishOffer offer;
        try {
            offer = PublishNegotiation.readOffer(sdp);
        } catch (SdpException e) {
            throw new ConferenceException(ConferenceError.INVALID_SDP, e.getMessage());
        }
        Map<String, MediaSource> newSources = sourcesOfNewSections(publisher, offer, sources);
        Set<MediaSource> starting = EnumSet.noneOf(MediaSource.class);
        newSources.values().stream().filter(source -> !publisher.publishes(source)).forEach(starting::add);
        conference.parts().forEach(part -> part.checkPublish(conference, publisher, starting));
        Map<String, CompletableFuture<Producer>> producing = new LinkedHashMap<>();
        try {
            publisher.sendTransport().connect(offer.transport());
            for (Publication publication : publisher.publications()) {
                boolean stillSent = offer.sections().stream()
                        .anyMatch(s -> s.mid().equals(publication.mid()) && s.producer().isPresent());
                if (!stillSent) {
                    unpublish(publisher, publication);
                }
            }
            for (PublishSection section : offer.sections()) {
                if (newSources.containsKey(section.mid())) {
                    producing.put(section.mid(), router.produce(publisher.sendTransport(), Ids.producer(),
                            section.producer().orElseThrow()));
                }
            }
        } catch (RuntimeException e) {
            // The parts saw checkPublish: they must see the end of this publish too (a share that never started).
            producing.values().forEach(f -> f.thenAccept(p -> router.closeProducer(p.id())));
            conference.parts().forEach(part -> part.publishSettled(conference, publisher));
            throw e;
        }
        return CompletableFuture.allOf(producing.values().toArray(CompletableFuture[]::new))
                .handleAsync((ignored, error) -> settle(publisher, offer, newSources, producing, error), conference.executor());
    }

    /** On the executor once every Producer of the publish exists (or one could not be made). */
    private Conference.PublishResult settle(Participant publisher, PublishOffer offer, Map<String, MediaSource> newSources,
                                            Map<String, CompletableFuture<Producer>> producing, Throwable error) {
        try {
            boolean present = conference.participant(publisher.id()).orElse(null) == publisher;
            if (error != null || !present) {
                producing.values().forEach(f -> f.thenAccept(p -> router.closeProducer(p.id())));
                if (!present) {
                    throw conference.notMember();
                }
                throw new ConferenceException(ConferenceError.MEDIA_ERROR, "The media server could not accept a published"
                        + " track: " + Commands.unwrap(error).getMessage());
            }
            List<Publication> added = new ArrayList<>();
            producing.forEach((mid, future) -> {
                Publication publication = new Publication(future.join(), newSources.get(mid), mid);
                publisher.addPublication(publication);
                added.add(publication);
            });
            String answer = PublishNegotiation.answer(offer, publisher.sendTransport().localParameters());
            for (Publication publication : added) {
                for (Participant other : conference.others(publisher.id())) {
                    other.subscriber().subscribe(publisher.id(), publication);
                }
                conference.broadcastFrom(publisher.id(), new ConferenceEvent.ProducerAdded(publisher.id(), publication.view()));
            }
            // Sections that stopped sending freed slots: the others' next offers say so (new Consumers offer when ready).
            conference.others(publisher.id()).forEach(other -> other.subscriber().offerIfDue());
            return new Conference.PublishResult(answer, publisher.publications().stream()
                    .map(p -> new Conference.Published(p.id(), p.mid(), p.source().wireName())).toList());
        } finally {
            conference.parts().forEach(part -> part.publishSettled(conference, publisher));
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

    /** Closes a Producer (the Router closes its Consumers) and forgets it at once; the Router does the rest on its loop. */
    void unpublish(Participant publisher, Publication publication) {
        router.closeProducer(publication.id());
        forget(publisher, publication);
    }

    private void forget(Participant publisher, Publication publication) {
        publisher.removePublication(publication);
        for (Participant other : conference.others(publisher.id())) {
            other.subscriber().forgetProducer(publication.id());
        }
        conference.broadcastFrom(publisher.id(), new ConferenceEvent.ProducerRemoved(publisher.id(), publication.id()));
    }

    /** Whether a Producer is still published by someone in the conference. */
    boolean isLive(String producerId) {
        return conference.members().stream().anyMatch(p -> p.publication(producerId).isPresent());
    }

    /** Mic mute / camera off (or back on): pauses the Producer and tells the others (they show a placeholder). */
    public ConferenceEvent.ProducerView setPaused(Participant publisher, String producerId, boolean paused) {
        Publication publication = publisher.publication(producerId).orElseThrow(() -> new ConferenceException(
                ConferenceError.UNKNOWN_PRODUCER, "You publish no track with id '" + producerId + "'."));
        if (publication.producer().isPaused() != paused) {
            if (paused) {
                publication.producer().pause();
            } else {
                publication.producer().resume();
            }
            String source = publication.source().wireName();
            publisher.rememberPaused(publication.source(), paused);
            conference.broadcastFrom(publisher.id(), paused
                    ? new ConferenceEvent.ProducerPaused(publisher.id(), producerId, source)
                    : new ConferenceEvent.ProducerResumed(publisher.id(), producerId, source));
        }
        return new ConferenceEvent.ProducerView(producerId, publication.source().wireName(),
                publication.producer().kind().sdpName(), paused);
    }

    /** Pauses every Producer of {@code source} that {@code publisher} publishes (the host muted them, for instance). */
    public void pauseAll(Participant publisher, MediaSource source) {
        for (Publication publication : publisher.publications()) {
            if (publication.source() == source) {
                setPaused(publisher, publication.id(), true);
            }
        }
    }

    /** Whether {@code producerId} is one of {@code publisher}'s tracks of {@code source}. */
    public boolean isSource(Participant publisher, String producerId, MediaSource source) {
        return publisher.publication(producerId).map(p -> p.source() == source).orElse(false);
    }

    /** Closes {@code owner}'s Producers of {@code sources} on the host's authority and tells the owner {@code notice}. */
    public List<String> closeProducers(Participant owner, Set<MediaSource> sources, ConferenceEvent notice) {
        List<Publication> closing = owner.publications().stream().filter(p -> sources.contains(p.source())).toList();
        closing.forEach(publication -> unpublish(owner, publication));
        conference.others(owner.id()).forEach(other -> other.subscriber().offerIfDue());
        owner.channel().send(notice);
        return closing.stream().map(Publication::id).toList();
    }

    /** The browser's answer to the recv connection's offer {@code version}. */
    public void subscribeAnswer(Participant participant, long version, String sdp) {
        participant.subscriber().answer(version, sdp);
    }

    /** A transport changed state in the SFU: tell its participant (a FAILED send or recv connection needs a rejoin). */
    void transportStateChanged(String transportId, TransportState state, String reason) {
        for (Participant participant : conference.members()) {
            participant.connectionOf(transportId).ifPresent(connection -> participant.channel().send(
                    new ConferenceEvent.TransportStateChanged(connection, state.name().toLowerCase(Locale.ROOT), reason)));
        }
    }

    /** The SFU closed a Producer on its own (its transport failed): forget it like an unpublish. */
    void producerClosed(String producerId) {
        for (Participant participant : conference.members()) {
            participant.publication(producerId).ifPresent(publication -> {
                forget(participant, publication);
                conference.others(participant.id()).forEach(other -> other.subscriber().offerIfDue());
            });
        }
    }
}
