package dev.parley.server.moderation;

import dev.parley.server.conference.ConferenceObserver;
import dev.parley.server.conference.ConferenceUser;
import dev.parley.server.conference.Participant;
import dev.parley.server.conference.ParticipantRole;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The {@link Room} of each live conference, kept in step with who is in it by listening to joins and leaves. A separate bean
 * from {@link Moderation} because the conference registry builds its observers while it is itself being built.
 */
@Component
class Rooms implements ConferenceObserver {
    /**
     * A started meeting's conference id ({@code c-<conferences.id>}, the lifecycle package's LiveId): there the host is whoever
     * holds a HOST join token. Every other id is an ad-hoc room, where the first joiner hosts.
     */
    private static final Pattern MEETING_CONFERENCE = Pattern.compile("c-[1-9][0-9]{0,17}");

    private final Clock clock;
    private final ConcurrentMap<String, Room> rooms = new ConcurrentHashMap<>();

    Rooms(Clock clock) {
        this.clock = clock;
    }

    Optional<Room> room(String conferenceId) {
        return Optional.ofNullable(rooms.get(conferenceId));
    }

    /** The same person across rejoins: an account by its id, a guest (who has none) by the name the host let in. */
    static String personKey(ConferenceUser user) {
        return user.userId() == 0 ? "guest:" + user.username() : "user:" + user.userId();
    }

    @Override
    public void participantJoined(String conferenceId, Participant participant) {
        rooms.computeIfAbsent(conferenceId, id -> new Room(!MEETING_CONFERENCE.matcher(id).matches(), clock))
                .joined(participant.id(), participant.displayName(), personKey(participant.user()),
                        participant.role() == ParticipantRole.HOST);
    }

    @Override
    public void participantLeft(String conferenceId, Participant participant) {
        rooms.computeIfPresent(conferenceId, (id, room) -> {
            room.left(participant.id());
            return room.disposable() ? null : room;
        });
    }
}
