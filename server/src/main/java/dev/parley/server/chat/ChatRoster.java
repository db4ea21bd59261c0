package dev.parley.server.chat;

import dev.parley.server.conference.ConferenceObserver;
import dev.parley.server.conference.Participant;
import dev.parley.server.conference.ParticipantRole;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Who is in each live conference as chat sees them (name, account, role), learned from the conference's join and leave
 * notifications, and where to deliver their chat: a participant's {@link ChatSink} is attached by their first chat request
 * (the client asks for the history right after joining). Thread-safe: concurrent maps, and a member's sink is volatile.
 */
@Component
class ChatRoster implements ConferenceObserver {
    private final Map<String, Map<String, Member>> byConference = new ConcurrentHashMap<>();
    private final ChatRateLimiter limiter;

    ChatRoster(ChatRateLimiter limiter) {
        this.limiter = limiter;
    }

    /** A participant of a live conference. */
    static final class Member {
        private final String participantId;
        private final String name;
        private final long userId;
        private final ParticipantRole role;
        private volatile ChatSink sink;

        Member(String participantId, String name, long userId, ParticipantRole role) {
            this.participantId = participantId;
            this.name = name;
            this.userId = userId;
            this.role = role;
        }

        String participantId() {
            return participantId;
        }

        ChatMessage.Person person() {
            return new ChatMessage.Person(participantId, name);
        }

        long userId() {
            return userId;
        }

        boolean isHost() {
            return role == ParticipantRole.HOST;
        }

        void attach(ChatSink sink) {
            this.sink = sink;
        }

        void deliver(String type, Object body) {
            ChatSink current = sink;
            if (current != null) {
                current.deliver(type, body);
            }
        }
    }

    @Override
    public void participantJoined(String conferenceId, Participant participant) {
        byConference.computeIfAbsent(conferenceId, id -> new ConcurrentHashMap<>()).put(participant.id(),
                new Member(participant.id(), participant.displayName(), participant.user().userId(), participant.role()));
    }

    @Override
    public void participantLeft(String conferenceId, Participant participant) {
        byConference.computeIfPresent(conferenceId, (id, members) -> {
            members.remove(participant.id());
            return members.isEmpty() ? null : members;
        });
        limiter.forget(participant.id());
    }

    Optional<Member> member(String conferenceId, String participantId) {
        return Optional.ofNullable(byConference.getOrDefault(conferenceId, Map.of()).get(participantId));
    }

    List<Member> members(String conferenceId) {
        return List.copyOf(byConference.getOrDefault(conferenceId, Map.of()).values());
    }
}
