package dev.parley.server.conference;

import dev.parley.media.sfu.MediaServer;
import dev.parley.media.sfu.Producer;
import dev.parley.media.sfu.RouterListener;
import dev.parley.media.sfu.TransportState;
import dev.parley.media.sfu.WebRtcTransport;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The live conferences of this node, by id. A conference starts (with its Router) when its first participant joins and ends
 * when its last one leaves.
 */
@Component
public class ConferenceRegistry implements DisposableBean {
    private static final Logger log = LoggerFactory.getLogger(ConferenceRegistry.class);

    private final MediaServer mediaServer;
    private final ConferenceAccess access;
    private final List<ConferenceObserver> observers;
    private final ConcurrentMap<String, Conference> conferences = new ConcurrentHashMap<>();
    /**
     * Runs Router callbacks off the Router's loop thread: they need the conference lock, which a signaling thread may hold
     * while it waits for that same loop.
     */
    private final ExecutorService callbacks = Executors.newVirtualThreadPerTaskExecutor();

    ConferenceRegistry(MediaServer mediaServer, ConferenceAccess access,
                       org.springframework.beans.factory.ObjectProvider<ConferenceObserver> observers) {
        this.mediaServer = mediaServer;
        this.access = access;
        this.observers = observers.orderedStream().toList();
    }

    /** A participant in a conference, as the signaling layer holds on to it. */
    public record Membership(Conference conference, String participantId) {
    }

    /**
     * Joins {@code user} to the conference {@code conferenceId}, starting it if needed.
     *
     * @param reply receives the join result before any event about the conference reaches {@code channel}
     * @throws ConferenceException when access is refused, the id is malformed or the conference is full
     */
    public Membership join(ConferenceUser user, String conferenceId, ParticipantChannel channel,
                           java.util.function.Consumer<Conference.Joined> reply) {
        return join(user, conferenceId, null, channel, reply);
    }

    /** {@link #join(ConferenceUser, String, ParticipantChannel, java.util.function.Consumer)} presenting a join token. */
    public Membership join(ConferenceUser user, String conferenceId, String joinToken, ParticipantChannel channel,
                           java.util.function.Consumer<Conference.Joined> reply) {
        JoinGrant grant = access.authorizeJoin(user, conferenceId, joinToken);
        while (true) {
            Conference conference = conferences.computeIfAbsent(conferenceId, this::start);
            Optional<Participant> joined = conference.join(user, grant, channel,
                    participant -> observers.forEach(o -> o.participantJoined(conferenceId, participant)), reply);
            if (joined.isPresent()) {
                log.info("participant joined conference={} participant={} user={}", conferenceId, joined.get().id(),
                        user.userId());
                return new Membership(conference, joined.get().id());
            }
            // It emptied and closed between lookup and join: drop it (if still mapped) and start a fresh one.
            conferences.remove(conferenceId, conference);
        }
    }

    public Optional<Conference> conference(String conferenceId) {
        return Optional.ofNullable(conferences.get(conferenceId));
    }

    /** Ends a live conference for everyone (see {@link Conference#end}); nothing happens when it is not live here. */
    public void end(String conferenceId, String reason) {
        conference(conferenceId).ifPresent(conference -> conference.end(reason));
    }

    public Collection<Conference> conferences() {
        return List.copyOf(conferences.values());
    }

    private Conference start(String conferenceId) {
        AtomicReference<Conference> self = new AtomicReference<>();
        RouterListener listener = new RouterListener() {
            @Override
            public void onTransportStateChanged(WebRtcTransport transport, TransportState state, String reason) {
                String transportId = transport.id();
                callbacks.execute(() -> self.get().transportStateChanged(transportId, state, reason));
            }

            @Override
            public void onProducerClosed(Producer producer) {
                String producerId = producer.id();
                callbacks.execute(() -> self.get().producerClosed(producerId));
            }
        };
        Conference conference = new Conference(conferenceId,
                mediaServer.createRouter(conferenceId + "-" + Long.toHexString(System.nanoTime()), listener),
                () -> {
                    conferences.remove(conferenceId, self.get());
                    log.info("conference ended conference={}", conferenceId);
                },
                participant -> observers.forEach(o -> o.participantLeft(conferenceId, participant)));
        self.set(conference);
        log.info("conference started conference={}", conferenceId);
        return conference;
    }

    @Override
    public void destroy() {
        callbacks.shutdownNow();
    }
}
