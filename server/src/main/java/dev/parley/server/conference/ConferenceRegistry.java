package dev.parley.server.conference;

import dev.parley.media.sfu.MediaServer;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The live conferences of this node, by id. An owner starts (with a part from every {@link ConferencePart.Factory}) when a
 * meeting's conference starts or, for an ad-hoc room, at its first join; a meeting's owner closes when the meeting is stopped,
 * an ad-hoc room's when its last participant leaves. The Router exists only while someone is in. Every conference runs
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
    /** Ends reconnect grace periods: it only posts each expiry to its conference's executor. */
    private final ScheduledExecutorService graceTimer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("conference-reconnect-grace").daemon().factory());
    private final ReconnectPolicy reconnect;

    ConferenceRegistry(MediaServer mediaServer, ConferenceAccess access, ConferenceProperties properties,
                       ObjectProvider<ConferenceSettings.Source> settings, ObjectProvider<ConferencePart.Factory> parts) {
        this.mediaServer = mediaServer;
        this.access = access;
        this.properties = properties;
        this.settings = settings.getIfAvailable(() -> id -> ConferenceSettings.AD_HOC);
        this.partFactories = parts.orderedStream().toList();
        this.adHocRooms = new AdHocRooms(properties.maxRoomsPerAccount());
        this.reconnect = properties.reconnectGrace().isZero() ? ReconnectPolicy.NONE
                : new ReconnectPolicy(properties.reconnectGrace(), graceTimer);
    }

    /** A participant in a conference, as the signaling layer holds on to it. */
    public record Membership(Conference conference, String participantId) {
    }

    /**
     * Joins {@code user} to the conference {@code conferenceId}, starting its owner if needed.
     *
     * @param joinToken the token of {@code POST /meetings/join}, or null
     * @param reply     receives the join result on the conference's executor, before any event reaches {@code channel}
     * @return completes with the membership, or exceptionally with a ConferenceException or Refusal (also given to reply)
     */
    public CompletableFuture<Membership> join(ConferenceUser user, String conferenceId, String joinToken,
                                              ParticipantChannel channel, Conference.Reply<Conference.Joined> reply) {
        return join(user, conferenceId, joinToken, channel, false, reply);
    }

    /** @param resumable the client can resume its seat after a lost socket ({@link Conference#join}) */
    public CompletableFuture<Membership> join(ConferenceUser user, String conferenceId, String joinToken,
                                              ParticipantChannel channel, boolean resumable,
                                              Conference.Reply<Conference.Joined> reply) {
        JoinGrant grant;
        try {
            grant = access.authorizeJoin(user, conferenceId, joinToken);
        } catch (RuntimeException e) {
            reply.done(null, e);
            return CompletableFuture.failedFuture(e);
        }
        return attempt(user, conferenceId, grant, channel, resumable, reply);
    }

    /**
     * Takes back a seat of the live conference {@code conferenceId} with its resume token (see {@link Conference#resume}). A
     * seat never outlives its conference, so this starts no owner: no live conference is a RESUME_FAILED refusal.
     */
    public CompletableFuture<Membership> resume(ConferenceUser user, String conferenceId, String resumeToken,
                                                ParticipantChannel channel, boolean keepMedia,
                                                Conference.Reply<Conference.Joined> reply) {
        Conference conference = conferences.get(conferenceId);
        if (conference == null) {
            ConferenceException refusal = new ConferenceException(ConferenceError.RESUME_FAILED,
                    "Conference " + conferenceId + " is not live: join again.");
            reply.done(null, refusal);
            return CompletableFuture.failedFuture(refusal);
        }
        return conference.resume(user, resumeToken, channel, keepMedia, reply)
                .thenApply(participantId -> new Membership(conference, participantId));
    }

    private CompletableFuture<Membership> attempt(ConferenceUser user, String conferenceId, JoinGrant grant,
                                                  ParticipantChannel channel, boolean resumable,
                                                  Conference.Reply<Conference.Joined> reply) {
        Conference conference;
        try {
            conference = owner(conferenceId, user);
        } catch (RuntimeException e) {
            reply.done(null, e);
            return CompletableFuture.failedFuture(e);
        }
        return conference.join(user, grant, channel, resumable, reply).thenCompose(joined -> {
            if (joined.isPresent()) {
                log.info("participant joined conference={} participant={} user={}", conferenceId, joined.get(), user.userId());
                return CompletableFuture.completedFuture(new Membership(conference, joined.get()));
            }
            // It closed between lookup and join: drop it (if still mapped) and start a fresh one.
            conferences.remove(conferenceId, conference);
            return attempt(user, conferenceId, grant, channel, resumable, reply);
        });
    }

    /**
     * The owner of a live meeting's conference, started now if it is not yet (at {@code POST /conferences/start}, or at the
     * first knock, lobby watch or join after a restart). Costs no Router until someone joins.
     *
     * @throws ConferenceException FORBIDDEN when the id is not a meeting's or the meeting is not live
     */
    public Conference open(String conferenceId) {
        if (!LiveId.isMeeting(conferenceId)) {
            throw new ConferenceException(ConferenceError.FORBIDDEN, "There is no meeting conference '" + conferenceId + "'.");
        }
        return owner(conferenceId, null);
    }

    /** The live owner of {@code conferenceId}, started if needed; {@code opener} pays for an ad-hoc room. */
    private Conference owner(String conferenceId, ConferenceUser opener) {
        Conference existing = conferences.get(conferenceId);
        if (existing != null) {
            return existing;
        }
        boolean meeting = LiveId.isMeeting(conferenceId);
        OptionalLong host = meeting ? access.liveMeetingHost(conferenceId) : OptionalLong.empty();
        if (meeting && host.isEmpty()) {
            throw ended(conferenceId);
        }
        ConferenceSettings initial = meeting ? settings.settingsOf(conferenceId) : ConferenceSettings.AD_HOC;
        AtomicReference<Conference> started = new AtomicReference<>();
        Conference conference = conferences.computeIfAbsent(conferenceId, id -> {
            started.set(start(id, opener, initial, host));
            return started.get();
        });
        // A stop that ended the row before this owner was mapped found nothing to end: the second look closes it.
        if (started.get() == conference && meeting && access.liveMeetingHost(conferenceId).isEmpty()) {
            conference.end("The meeting has ended.");
            throw ended(conferenceId);
        }
        return conference;
    }

    private static ConferenceException ended(String conferenceId) {
        return new ConferenceException(ConferenceError.FORBIDDEN, "The meeting of conference " + conferenceId + " has ended.");
    }

    public Optional<Conference> conference(String conferenceId) {
        return Optional.ofNullable(conferences.get(conferenceId));
    }

    /**
     * Ends a live conference for everyone and closes its owner (see {@link Conference#end}); completes at once when it is not
     * live here.
     */
    public CompletableFuture<Void> end(String conferenceId, String reason) {
        return conference(conferenceId).map(conference -> conference.end(reason))
                .orElse(CompletableFuture.completedFuture(null));
    }

    public Collection<Conference> conferences() {
        return List.copyOf(conferences.values());
    }

    /** Runs inside computeIfAbsent: cheap, no I/O (settings and host were read before; the Router comes at the first join). */
    private Conference start(String conferenceId, ConferenceUser opener, ConferenceSettings initial, OptionalLong meetingHost) {
        boolean adHoc = !LiveId.isMeeting(conferenceId);
        if (adHoc) {
            adHocRooms.open(opener.userId());
        }
        AtomicReference<Conference> self = new AtomicReference<>();
        List<ConferencePart> parts = partFactories.stream().map(factory -> factory.create(conferenceId)).toList();
        Conference conference = new Conference(conferenceId,
                listener -> mediaServer.createRouter(conferenceId + "-" + Long.toHexString(System.nanoTime()), listener),
                carrier, initial, properties.maxParticipants(), meetingHost, parts,
                () -> {
                    conferences.remove(conferenceId, self.get());
                    if (adHoc) {
                        adHocRooms.closed(opener.userId());
                    }
                    log.info("conference ended conference={}", conferenceId);
                }, reconnect);
        self.set(conference);
        log.info("conference started conference={}", conferenceId);
        return conference;
    }

    @Override
    public void destroy() {
        carrier.shutdownNow();
        graceTimer.shutdownNow();
    }
}
