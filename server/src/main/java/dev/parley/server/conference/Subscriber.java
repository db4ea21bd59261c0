package dev.parley.server.conference;

import dev.parley.media.sfu.Consumer;
import dev.parley.media.sfu.Router;
import dev.parley.media.sfu.WebRtcTransport;
import dev.parley.media.sfu.rtp.ReceiveCapabilities;
import dev.parley.media.sfu.rtp.RemoteTransportParameters;
import dev.parley.media.sfu.rtp.RtpCodec;
import dev.parley.media.sfu.sdp.SdpException;
import dev.parley.media.sfu.sdp.SubscribeNegotiation;
import dev.parley.media.sfu.sdp.SubscribeSection;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Predicate;

/**
 * One participant's recv connection (docs/decisions/0002 §1): the Consumers it carries, their m-sections, and the serialized
 * offer/answer exchange with the browser. The server offers, the browser answers; the next offer waits for the answer.
 *
 * <p>Not thread-safe: used on the owning conference's executor only. Router calls return futures; their results come back as
 * tasks on that executor, and no offer goes out while a Consumer is still being created (it would describe a half-made state).
 */
final class Subscriber {
    /** A live Consumer and what its m-section carries. */
    private record Subscription(Consumer consumer, ConferenceEvent.TrackView track) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Router router;
    private final Executor actor;
    /** Whether a Producer is still published: a Consumer created for one that closed meanwhile is dropped at once. */
    private final Predicate<String> producerLive;
    private final WebRtcTransport transport;
    private final ParticipantChannel channel;
    /** The codecs this participant's browser decodes (stated at join). */
    private final ReceiveCapabilities decodable;
    /** o= session id of this connection's offers (RFC 8866 §5.2): random, positive, fits 63 bits. */
    private final long sessionId = RANDOM.nextLong() & Long.MAX_VALUE;
    private final RecvSections sections = new RecvSections();
    private final OfferSequencer sequencer = new OfferSequencer();
    private final Map<String, Subscription> byConsumerId = new LinkedHashMap<>();
    /** Consumers asked of the Router and not yet answered. */
    private int pending;
    private boolean closed;

    Subscriber(Router router, Executor actor, Predicate<String> producerLive, WebRtcTransport transport,
               ParticipantChannel channel) {
        this.router = router;
        this.actor = actor;
        this.producerLive = producerLive;
        this.transport = transport;
        this.channel = channel;
        this.decodable = channel.receiveCapabilities();
    }

    /**
     * Asks the Router for a Consumer of another participant's Publication on this connection; when it exists (a later task on
     * the conference's executor) the next offer announces it. A Consumer that cannot be made leaves a free slot. A Publication
     * whose codec this participant cannot decode gets no Consumer: the participant is told with {@code track_unsupported}.
     */
    void subscribe(String publisherId, Publication publication) {
        RtpCodec codec = publication.producer().parameters().codec();
        if (!decodable.canDecode(codec)) {
            // The SFU does not transcode: say so instead of leaving a black tile. Posted, so that a newcomer gets its joined
            // reply (sent later in the current task) first.
            ConferenceEvent.TrackUnsupported unsupported = new ConferenceEvent.TrackUnsupported(publisherId, publication.id(),
                    publication.source().wireName(), publication.producer().kind().sdpName(), codec.mimeType());
            actor.execute(() -> {
                if (!closed) {
                    channel.send(unsupported);
                }
            });
            return;
        }
        String consumerId = Ids.consumer();
        String mid = sections.assign(publication.producer().kind(), consumerId);
        pending++;
        router.consume(transport, consumerId, publication.producer(), mid, publisherId).whenCompleteAsync((consumer, error) -> {
            pending--;
            if (closed) {
                if (consumer != null) {
                    router.closeConsumer(consumerId);
                }
                return;
            }
            if (error != null || !producerLive.test(publication.id())) {
                if (consumer != null) {
                    router.closeConsumer(consumerId);
                }
                sections.release(consumerId);
            } else {
                byConsumerId.put(consumerId, new Subscription(consumer,
                        new ConferenceEvent.TrackView(publisherId, publication.id(), publication.source().wireName())));
            }
            sequencer.markChanged();
            offerIfDue();
        }, actor);
    }

    /**
     * Forgets the Consumer of a Producer that was closed (closing a Producer closes its Consumers in the SFU); its m-section
     * becomes a free slot in the next offer.
     */
    void forgetProducer(String producerId) {
        byConsumerId.values().removeIf(subscription -> {
            if (!subscription.consumer().producerId().equals(producerId)) {
                return false;
            }
            sections.release(subscription.consumer().id());
            sequencer.markChanged();
            return true;
        });
    }

    /** Closes every Consumer of this connection (the participant leaves); Consumers still being made are closed when they are. */
    void closeAll() {
        closed = true;
        for (String consumerId : List.copyOf(byConsumerId.keySet())) {
            router.closeConsumer(consumerId);
        }
        byConsumerId.clear();
    }

    /** Sends the next offer when something changed and no offer is waiting for its answer. */
    void offerIfDue() {
        if (closed || pending > 0 || !sequencer.offerDue() || sections.isEmpty()) {
            return;
        }
        long version = sequencer.nextVersion();
        List<SubscribeSection> offerSections = new ArrayList<>();
        Map<String, ConferenceEvent.TrackView> tracks = new LinkedHashMap<>();
        for (RecvSections.Section section : sections.sections()) {
            Subscription subscription = section.active() ? byConsumerId.get(section.consumerId()) : null;
            if (subscription == null) {
                offerSections.add(SubscribeSection.inactive(section.mid(), section.kind()));
            } else {
                offerSections.add(SubscribeSection.active(subscription.consumer().parameters()));
                tracks.put(section.mid(), subscription.track());
            }
        }
        String sdp = SubscribeNegotiation.offer(transport.localParameters(), sessionId, version, offerSections);
        channel.send(new ConferenceEvent.SubscribeOffer(sdp, version, tracks));
    }

    /**
     * The browser's answer to offer {@code version}: connects the transport the first time (the same parameters later are a
     * no-op), then sends the follow-up offer when changes queued up meanwhile.
     */
    void answer(long version, String sdp) {
        if (version != sequencer.lastVersion() || !sequencer.outstanding()) {
            throw new ConferenceException(ConferenceError.STALE_ANSWER,
                    "This answer is for offer " + version + " but the outstanding offer is "
                            + (sequencer.outstanding() ? sequencer.lastVersion() : "none") + ".");
        }
        RemoteTransportParameters remote;
        try {
            remote = SubscribeNegotiation.readAnswer(sdp, sections.mids());
        } catch (SdpException e) {
            throw new ConferenceException(ConferenceError.INVALID_SDP, e.getMessage());
        }
        sequencer.answered(version);
        transport.connect(remote);
        offerIfDue();
    }

    /** Ids of the live Consumers, for tests and stats. */
    List<String> consumerIds() {
        return List.copyOf(byConsumerId.keySet());
    }
}
