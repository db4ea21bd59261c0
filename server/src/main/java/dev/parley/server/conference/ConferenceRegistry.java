package dev.parley.server.conference;

import dev.parley.media.sfu.MediaServer;
import dev.parley.media.sfu.Producer;
import dev.parley.media.sfu.RouterListener;
import dev.parley.media.sfu.TransportState;
import dev.parley.media.sfu.WebRtcTransport;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The live conferences of this node, by id. A conference starts (with its Router and a part from every
 * {@link ConferencePart.Factory}) when its first participant joins and ends when its last one leaves. Every conference runs
 * on its own {@link SerialExecutor} over one shared carrier of virtual threads.
 */
@Component
public class ConferenceRegistry implements DisposableBean {
    private static final Logger log = LoggerFactory.getLogger(ConferenceRegistry.class);

    private final MediaServer mediaServer;
    private final ConferenceAccess access;
    private final ConferenceProperties properties;
    private final ConferenceSettings.Source settings;
    private final List<ConferencePart.Factory> partFactories;
    private final ConcurrentMap<String, Conference> conferences = new ConcurrentHashMap<>();
    private final AdHocRooms adHocRooms;
    /** Carries every conference's executor (and Router closes, which wait for a loop thread to end). */
    private final ExecutorService carrier = Executors.newVirtualThreadPerTaskExecutor();

    ConferenceRegistry(MediaServer mediaServer, ConferenceAccess access, ConferenceProperties properties,
                       ObjectProvider<ConferenceSettings.Source> settings, ObjectProvider<ConferencePart.Factory> parts) {
        this.mediaServer = mediaServer;
        this.access = access;
        this.properties = properties;
        this.settings = settings.getIfAvailable(() -> id -> ConferenceSettings.AD_HOC);
        this.partFactories = parts.orderedStream().toList();
        this.adHocRooms = new AdHocRooms(properties.maxRoomsPerAccount());
    }

    /** A participant in a conference, as the signaling layer holds on to it. */
    public record Membership(Conference conference, String participantId) {
    }

    /**
     * Joins {@code user} to the conference {@code conferenceId}, starting it if needed.
     *
     * @param joinToken the token of {@code POST /meetings/join}, or null
     * @param reply     receives the join result on the conference's executor, before any event reaches {@code channel}
     * @return completes with the membership, or exceptionally with a ConferenceException or Refusal (also given to reply)
     */
    public CompletableFuture<Membership> join(ConferenceUser user, String conferenceId, String joinToken,
                                              ParticipantChannel channel, Conference.Reply<Conference.Joined> reply) {
        JoinGrant grant;
        ConferenceSettings initial;
        try {
            grant = access.authorizeJoin(user, conferenceId, joinToken);
            initial = LiveId.isMeeting(conferenceId) && !conferences.containsKey(conferenceId)
                    ? settings.settingsOf(conferenceId) : ConferenceSettings.AD_HOC;
        } catch (RuntimeException e) {
            reply.done(null, e);
            return CompletableFuture.failedFuture(e);
        }
        return attempt(user, conferenceId, grant, initial, channel, reply);
    }

    private CompletableFuture<Membership> attempt(ConferenceUser user, String conferenceId, JoinGrant grant,
                                                  ConferenceSettings initial, ParticipantChannel channel,
                                                  Conference.Reply<Conference.Joined> reply) {
        Conference conference;
        try {
            conference = conferences.computeIfAbsent(conferenceId, id -> start(id, user, initial));
        } catch (RuntimeException e) {
            reply.done(null, e);
            return CompletableFuture.failedFuture(e);
        }
        return conference.join(user, grant, channel, reply).thenCompose(joined -> {
            if (joined.isPresent()) {
                log.info("participant joined conference={} participant={} user={}", conferenceId, joined.get(), user.userId());
                return CompletableFuture.completedFuture(new Membership(conference, joined.get()));
            }
            // It emptied and closed between lookup and join: drop it (if still mapped) and start a fresh one.
            conferences.remove(conferenceId, conference);
            return attempt(user, conferenceId, grant, initial, channel, reply);
        });
    }

    public Optional<Conference> conference(String conferenceId) {
        return Optional.ofNullable(conferences.get(conferenceId));
    }

    /** Ends a live conference for everyone (see {@link Conference#end}); completes at once when it is not live here. */
    public CompletableFuture<Void> end(String conferenceId, String reason) {
        return conference(conferenceId).map(conference -> conference.end(reason))
                .orElse(CompletableFuture.completedFuture(null));
    }

    public Collection<Conference> conferences() {
        return List.copyOf(conferences.values());
    }

    /** Runs inside computeIfAbsent: cheap, no I/O (the settings were read before). */
    private Conference start(String conferenceId, ConferenceUser opener, ConferenceSettings initial) {
        boolean adHoc = !LiveId.isMeeting(conferenceId);
        if (adHoc) {
            adHocRooms.open(opener.userId());
        }
        AtomicReference<Conference> self = new AtomicReference<>();
        RouterListener listener = new RouterListener() {
            @Override
            public void onTransportStateChanged(WebRtcTransport transport, TransportState state, String reason) {
                String transportId = transport.id();
                Conference conference = self.get();
                conference.executor().execute(() -> conference.publishing().transportStateChanged(transportId, state, reason));
            }

            @Override
            public void onProducerClosed(Producer producer) {
                String producerId = producer.id();
                Conference conference = self.get();
                conference.executor().execute(() -> conference.publishing().producerClosed(producerId));
            }
        };
        List<ConferencePart> parts = partFactories.stream().map(factory -> factory.create(conferenceId)).toList();
        Conference conference = new Conference(conferenceId,
                mediaServer.createRouter(conferenceId + "-" + Long.toHexString(System.nanoTime()), listener), carrier,
                initial, properties.maxParticipants(), parts,
                () -> {
                    conferences.remove(conferenceId, self.get());
                    if (adHoc) {
                        adHocRooms.closed(opener.userId());
                    }
                    log.info("conference ended conference={}", conferenceId);
                });
        self.set(conference);
        log.info("conference started conference={}", conferenceId);
        return conference;
    }

    @Override
    public void destroy() {
        carrier.shutdownNow();
    }
}
