package dev.parley.server.conference;

import dev.parley.media.sfu.WebRtcTransport;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A person in a live conference: their two WebRtcTransports (send: the browser publishes; recv: the server forwards), what they
 * publish, their {@link Subscriber}, the one channel to their socket, and their commands waiting behind one that still waits
 * for the Router. Not thread-safe: used on the owning conference's executor only.
 */
public final class Participant {
    private final String id;
    private final ConferenceUser user;
    private final JoinGrant grant;
    private final Seat seat;
    /** Replaced together when a reloaded page resumes the seat with fresh peer connections ({@link #renewMedia}). */
    private WebRtcTransport sendTransport;
    private WebRtcTransport recvTransport;
    private Subscriber subscriber;
    /** By the send connection's mid, in publish order. */
    private final Map<String, Publication> publicationsByMid = new LinkedHashMap<>();
    /**
     * Sources whose last pause/resume was a pause (mic muted, camera off, by the person or the host). Kept apart from the
     * Producers: a reloading page's Producers close with its connections, and the seat must still know it was muted.
     */
    private final java.util.Set<MediaSource> pausedSources = java.util.EnumSet.noneOf(MediaSource.class);
    /** Commands of this participant that arrived while an earlier one still waits for the Router: run in order after it. */
    private final Deque<Runnable> waitingCommands = new ArrayDeque<>();
    private boolean busy;

    Participant(String id, ConferenceUser user, JoinGrant grant, Seat seat, WebRtcTransport sendTransport,
                WebRtcTransport recvTransport, Subscriber subscriber) {
        this.id = id;
        this.user = user;
        this.grant = grant;
        this.seat = seat;
        this.sendTransport = sendTransport;
        this.recvTransport = recvTransport;
        this.subscriber = subscriber;
    }

    public String id() {
        return id;
    }

    public ConferenceUser user() {
        return user;
    }

    public String displayName() {
        return grant.displayName();
    }

    public ParticipantRole role() {
        return grant.role();
    }

    /** Joined without an account (by a meeting's guest link): shown as "Name (guest)" so nobody passes for an account. */
    public boolean guest() {
        return grant.role() == ParticipantRole.GUEST;
    }

    /** The same person across rejoins: an account by its id, a guest (who has none) by the name the host let in. */
    public String personKey() {
        return user.personKey();
    }

    /** The one channel to this participant: forwards to their socket, or holds messages while they are away. */
    public ParticipantChannel channel() {
        return seat;
    }

    Seat seat() {
        return seat;
    }

    /** Whether the participant lost their socket and may still resume (others see "reconnecting"). */
    public boolean away() {
        return seat.away();
    }

    WebRtcTransport sendTransport() {
        return sendTransport;
    }

    WebRtcTransport recvTransport() {
        return recvTransport;
    }

    Subscriber subscriber() {
        return subscriber;
    }

    /** New transports and recv connection for a client that resumed with new peer connections (the old ones are closed). */
    void renewMedia(WebRtcTransport send, WebRtcTransport recv, Subscriber renewed) {
        this.sendTransport = send;
        this.recvTransport = recv;
        this.subscriber = renewed;
    }

    List<Publication> publications() {
        return new ArrayList<>(publicationsByMid.values());
    }

    Optional<Publication> publicationAt(String mid) {
        return Optional.ofNullable(publicationsByMid.get(mid));
    }

    Optional<Publication> publication(String producerId) {
        return publicationsByMid.values().stream().filter(p -> p.id().equals(producerId)).findFirst();
    }

    void addPublication(Publication publication) {
        publicationsByMid.put(publication.mid(), publication);
    }

    void removePublication(Publication publication) {
        publicationsByMid.remove(publication.mid());
    }

    /** The transport's connection name ("send" / "recv") when it is one of this participant's, for state events. */
    Optional<String> connectionOf(String transportId) {
        if (sendTransport.id().equals(transportId)) {
            return Optional.of("send");
        }
        return recvTransport.id().equals(transportId) ? Optional.of("recv") : Optional.empty();
    }

    void rememberPaused(MediaSource source, boolean paused) {
        if (paused) {
            pausedSources.add(source);
        } else {
            pausedSources.remove(source);
        }
    }

    /** The sources this participant last paused (wire names), for a page that resumes the seat with new connections. */
    List<String> pausedSources() {
        return pausedSources.stream().map(MediaSource::wireName).toList();
    }

    /** Whether this participant publishes a track of {@code source} now. */
    public boolean publishes(MediaSource source) {
        return publicationsByMid.values().stream().anyMatch(p -> p.source() == source);
    }

    /** Runs {@code command} now, or after the commands before it when one still waits for the Router. */
    void enqueue(Runnable command) {
        if (busy) {
            waitingCommands.addLast(command);
        } else {
            command.run();
        }
    }

    void busy() {
        busy = true;
    }

    /** The waiting command finished: run the next ones until one waits again. */
    void idle() {
        busy = false;
        while (!busy && !waitingCommands.isEmpty()) {
            waitingCommands.pollFirst().run();
        }
    }

    public ConferenceEvent.ParticipantView view() {
        return new ConferenceEvent.ParticipantView(id, grant.displayName(), guest(),
                publications().stream().map(Publication::view).toList(), seat.away());
    }
}
