package dev.parley.server.chat;

import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Chat inside a live conference. A message is (1) checked (text rule, rate limit, recipient), (2) stored with the server's id
 * and time, and only then (3) delivered: to everyone else, or for a private message to its recipient alone. The sender gets
 * the stored message as the reply, so what a client shows as sent is exactly what others got.
 */
@Service
public class ChatService {
    private static final Logger log = LoggerFactory.getLogger(ChatService.class);
    /** History page size when the client asks for none, and the most it may ask for. */
    static final int DEFAULT_PAGE = 50;
    static final int MAX_PAGE = 200;

    private final ChatRepository repository;
    private final ChatRoster roster;
    private final ChatRateLimiter limiter;
    private final Clock clock;

    ChatService(ChatRepository repository, ChatRoster roster, ChatRateLimiter limiter, Clock clock) {
        this.repository = repository;
        this.roster = roster;
        this.limiter = limiter;
        this.clock = clock;
    }

    /** The {@code chat_message} event: one new message. */
    public record MessageEvent(ChatMessage message) {
    }

    /** The {@code chat_deleted} event: the host deleted message {@code messageId}. */
    public record DeletedEvent(long messageId) {
    }

    /**
     * A page of history, oldest first; {@code hasMore} when older messages exist (ask again with before_id);
     * {@code canDelete} when the reader is the host (the client then offers "Delete").
     */
    public record Page(List<ChatMessage> messages, boolean hasMore, boolean canDelete) {
    }

    /**
     * Stores and delivers a message from {@code participantId}.
     *
     * @param toParticipantId null for everyone, else the one participant who receives it
     * @throws ChatException invalid_chat_message, rate_limited, unknown_recipient or not_joined
     */
    public ChatMessage send(String conferenceId, String participantId, String text, String toParticipantId, ChatSink sink) {
        ChatRoster.Member sender = member(conferenceId, participantId);
        sender.attach(sink);
        String problem = ChatText.problem(text);
        if (problem != null) {
            throw new ChatException("invalid_chat_message", problem);
        }
        ChatRoster.Member recipient = null;
        if (toParticipantId != null) {
            recipient = roster.member(conferenceId, toParticipantId)
                    .filter(m -> !m.participantId().equals(participantId))
                    .orElseThrow(() -> new ChatException("unknown_recipient",
                            "A private message must go to another participant who is in the conference now."));
        }
        if (!limiter.tryAcquire(participantId)) {
            throw new ChatException("rate_limited", "You are sending messages too fast; wait a second and try again.");
        }
        ChatRepository.Room room = repository.roomOf(conferenceId);
        ChatMessage message = repository.insert(new ChatRepository.Draft(room.key(), room.meetingId(), conferenceId,
                sender.person(), sender.userId(), recipient == null ? null : recipient.person(),
                recipient == null ? null : recipient.userId(), text, clock.instant()));
        MessageEvent event = new MessageEvent(message);
        if (recipient != null) {
            recipient.deliver("chat_message", event);
        } else {
            for (ChatRoster.Member other : roster.members(conferenceId)) {
                if (!other.participantId().equals(participantId)) {
                    other.deliver("chat_message", event);
                }
            }
        }
        return message;
    }

    /**
     * A page of the conference's chat history as the participant may see it; also subscribes {@code sink} to new messages
     * (clients ask for history right after joining and after every reconnect).
     *
     * @param limit null for {@link #DEFAULT_PAGE}; at most {@link #MAX_PAGE}
     */
    public Page history(String conferenceId, String participantId, Long beforeId, Integer limit, ChatSink sink) {
        ChatRoster.Member reader = member(conferenceId, participantId);
        int size = limit == null ? DEFAULT_PAGE : limit;
        if (size < 1 || size > MAX_PAGE) {
            throw new ChatException("invalid_message", "Field 'limit' must be between 1 and " + MAX_PAGE + ".");
        }
        reader.attach(sink);
        List<ChatMessage> page = repository.page(repository.roomOf(conferenceId).key(),
                new ChatRepository.Reader(reader.userId(), participantId), beforeId, size + 1);
        boolean hasMore = page.size() > size;
        return new Page(hasMore ? page.subList(1, page.size()) : page, hasMore, reader.isHost());
    }

    /**
     * The host deletes a message of this conference's chat: it stays in the history as "deleted" without its text, and
     * everyone who could see it is told {@code chat_deleted}.
     *
     * @throws ChatException forbidden (not the host) or unknown_message
     */
    public void delete(String conferenceId, String participantId, long messageId) {
        ChatRoster.Member host = member(conferenceId, participantId);
        if (!host.isHost()) {
            throw new ChatException("forbidden", "Only the host can delete chat messages.");
        }
        String room = repository.roomOf(conferenceId).key();
        ChatMessage message = repository.roomOfMessage(messageId).filter(room::equals)
                .flatMap(r -> repository.find(messageId))
                .filter(m -> m.to() == null || visibleTo(m, host))
                .orElseThrow(() -> new ChatException("unknown_message", "There is no message " + messageId + " in this chat."));
        if (repository.markDeleted(messageId, clock.instant())) {
            log.info("chat message deleted conference={} message={} by={}", conferenceId, messageId, participantId);
            DeletedEvent event = new DeletedEvent(messageId);
            roster.members(conferenceId).stream().filter(m -> message.to() == null || visibleTo(message, m))
                    .forEach(m -> m.deliver("chat_deleted", event));
        }
    }

    private static boolean visibleTo(ChatMessage message, ChatRoster.Member member) {
        return message.from().participantId().equals(member.participantId())
                || message.to().participantId().equals(member.participantId());
    }

    private ChatRoster.Member member(String conferenceId, String participantId) {
        return roster.member(conferenceId, participantId).orElseThrow(() -> new ChatException("not_joined",
                "Join the conference before using its chat."));
    }
}
