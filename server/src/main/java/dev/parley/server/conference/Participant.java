package dev.parley.server.conference;

import dev.parley.media.sfu.WebRtcTransport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A person in a live conference: their two WebRtcTransports (send: the browser publishes; recv: the server forwards), what they
 * publish and their {@link Subscriber}. Not thread-safe: guarded by the owning conference's lock.
 */
public final class Participant {
    private final String id;
    private final ConferenceUser user;
    private final JoinGrant grant;
    private final ParticipantChannel channel;
    private final WebRtcTransport sendTransport;
    private final WebRtcTransport recvTransport;
    private final Subscriber subscriber;
    /** By the send connection's mid, in publish order. */
    private final Map<String, Publication> publicationsByMid = new LinkedHashMap<>();

    Participant(String id, ConferenceUser user, JoinGrant grant, ParticipantChannel channel, WebRtcTransport sendTransport,
                WebRtcTransport recvTransport, Subscriber subscriber) {
        this.id = id;
        this.user = user;
        this.grant = grant;
        this.channel = channel;
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

    ParticipantChannel channel() {
        return channel;
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

    ConferenceEvent.ParticipantView view() {
        return new ConferenceEvent.ParticipantView(id, grant.displayName(),
                publications().stream().map(Publication::view).toList());
    }
}
