package dev.parley.server.chat;

import dev.parley.server.conference.Conference;
import dev.parley.server.conference.ConferencePart;
import dev.parley.server.conference.Participant;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Chat inside a live conference. It knows every participant through the conference (no roster of its own) and reaches them
 * through their one channel: each joiner is sent the latest page of history right after {@code joined}. A message is (1)
 * checked (text rule, rate limit, recipient) on the conference's executor, (2) stored with the server's id and time off it
 * (the database may be slow; the conference must not wait), and only then (3) delivered, back on the executor: to everyone
 * else, or for a private message to its recipient alone. The sender gets the stored message as the reply.
 */
@Service
public class ChatService implements ConferencePart.Factory {
    private static final Logger log = LoggerFactory.getLogger(ChatService.class);
    /** History page size when the client asks for none, and the most it may ask for. */
    static final int DEFAULT_PAGE = 50;
    static final int MAX_PAGE = 200;

    private final ChatRepository repository;
    private final ChatRateLimiter limiter;
    private final Clock clock;
    /** Where database work runs: virtual threads, so a slow database costs no platform thread and never the conference's. */
    private final Executor database = Executors.newVirtualThreadPerTaskExecutor();

    ChatService(ChatRepository repository, ChatRateLimiter limiter, Clock clock) {
        this.repository = repository;
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
     * {@code canDelete} when the reader is a host (the client then offers "Delete").
     */
    public record Page(List<ChatMessage> messages, boolean hasMore, boolean canDelete) {
    }

    /**
     * Chat's part of each conference: pushes the history to every joiner (and to a reloaded page that resumed its seat) and
     * forgets the rate limit of who left.
     */
    @Override
    public ConferencePart create(String conferenceId) {
        return new ConferencePart() {
            @Override
            public void joined(Conference conference, Participant participant) {
                pushHistory(conference, participant);
            }

            /** A reloaded page starts with an empty chat; a client that kept its state got the held messages instead. */
            @Override
            public void resumed(Conference conference, Participant participant, boolean fresh) {
                if (fresh) {
                    pushHistory(conference, participant);
                }
            }

            private void pushHistory(Conference conference, Participant participant) {
                load(conference, participant, null, DEFAULT_PAGE).thenAcceptAsync(page -> {
                    if (conference.participant(participant.id()).orElse(null) == participant) {
                        participant.channel().send("chat_history", page);
                    }
                }, conference.executor()).exceptionally(e -> {
                    log.warn("chat history not pushed conference={} participant={}", conferenceId, participant.id(), e);
                    return null;
                });
            }

            @Override
            public void left(Conference conference, Participant participant) {
                limiter.forget(participant.id());
            }
        };
    }

    /**
     * Stores and delivers a message from {@code participantId}.
     *
     * @param toParticipantId null for everyone, else the one participant who receives it
     * @param reply           gets the stored message, or a ChatException (invalid_chat_message, rate_limited,
     *                        unknown_recipient)
     */
    public CompletableFuture<ChatMessage> send(Conference conference, String participantId, String text,
                                               String toParticipantId, Conference.Reply<ChatMessage> reply) {
        return conference.command(participantId, sender -> {
            String problem = ChatText.problem(text);
            if (problem != null) {
                throw new ChatException("invalid_chat_message", problem);
            }
            Participant recipient = null;
            if (toParticipantId != null) {
                recipient = conference.participant(toParticipantId).filter(p -> p != sender)
                        .orElseThrow(() -> new ChatException("unknown_recipient",
                                "A private message must go to another participant who is in the conference now."));
            }
            if (!limiter.tryAcquire(participantId)) {
                throw new ChatException("rate_limited", "You are sending messages too fast; wait a second and try again.");
            }
            ChatMessage.Person to = recipient == null ? null : person(recipient);
            Long toUserId = recipient == null ? null : recipient.user().userId();
            ChatMessage.Person from = person(sender);
            long fromUserId = sender.user().userId();
            return CompletableFuture.supplyAsync(() -> {
                ChatRepository.ChatLog room = repository.roomOf(conference.id());
                return repository.insert(new ChatRepository.Draft(room.key(), room.meetingId(), conference.id(), from,
                        fromUserId, to, toUserId, text, clock.instant()));
            }, database).thenApplyAsync(message -> {
                deliver(conference, message, participantId);
                return message;
            }, conference.executor());
        }, reply);
    }

    private static void deliver(Conference conference, ChatMessage message, String senderId) {
        MessageEvent event = new MessageEvent(message);
        if (message.to() != null) {
            conference.send(message.to().participantId(), "chat_message", event);
            return;
        }
        for (Participant other : conference.members()) {
            if (!other.id().equals(senderId)) {
                other.channel().send("chat_message", event);
            }
        }
    }

    /**
     * A page of the conference's chat history as the participant may see it (older pages, after the one pushed on join).
     *
     * @param limit null for {@link #DEFAULT_PAGE}; at most {@link #MAX_PAGE}
     */
    public CompletableFuture<Page> history(Conference conference, String participantId, Long beforeId, Integer limit,
                                           Conference.Reply<Page> reply) {
        return conference.command(participantId, reader -> {
            int size = limit == null ? DEFAULT_PAGE : limit;
            if (size < 1 || size > MAX_PAGE) {
                throw new ChatException("invalid_message", "Field 'limit' must be between 1 and " + MAX_PAGE + ".");
            }
            return load(conference, reader, beforeId, size).thenApplyAsync(page -> page, conference.executor());
        }, reply);
    }

    /** Reads a page off the executor; whether the reader may delete is the conference's host rule, read now. */
    private CompletableFuture<Page> load(Conference conference, Participant reader, Long beforeId, int size) {
        boolean canDelete = conference.isHost(reader.id());
        ChatRepository.Reader who = new ChatRepository.Reader(reader.user().userId(), reader.id());
        return CompletableFuture.supplyAsync(() -> {
            List<ChatMessage> page = repository.page(repository.roomOf(conference.id()).key(), who, beforeId, size + 1);
            boolean hasMore = page.size() > size;
            return new Page(hasMore ? page.subList(1, page.size()) : page, hasMore, canDelete);
        }, database);
    }

    /**
     * A host deletes a message of this conference's chat (the conference's one host rule, ad-hoc rooms included): it stays
     * in the history as "deleted" without its text, and everyone present who could see it is told {@code chat_deleted}.
     *
     * @param reply gets null, or a ChatException (forbidden: not a host; unknown_message)
     */
    public CompletableFuture<Void> delete(Conference conference, String participantId, long messageId,
                                          Conference.Reply<Void> reply) {
        return conference.command(participantId, host -> {
            if (!conference.isHost(participantId)) {
                throw new ChatException("forbidden", "Only the host can delete chat messages.");
            }
            String who = host.id();
            long userId = host.user().userId();
            return CompletableFuture.supplyAsync(() -> {
                String room = repository.roomOf(conference.id()).key();
                ChatMessage message = repository.roomOfMessage(messageId).filter(room::equals)
                        .flatMap(r -> repository.find(messageId))
                        .filter(m -> m.to() == null || visibleTo(m, who))
                        .orElseThrow(() -> new ChatException("unknown_message",
                                "There is no message " + messageId + " in this chat."));
                return repository.markDeleted(messageId, clock.instant()) ? message : null;
            }, database).thenApplyAsync(deleted -> {
                if (deleted != null) {
                    log.info("chat message deleted conference={} message={} by={} user={}", conference.id(), messageId,
                            who, userId);
                    DeletedEvent event = new DeletedEvent(messageId);
                    conference.members().stream().filter(m -> deleted.to() == null || visibleTo(deleted, m.id()))
                            .forEach(m -> m.channel().send("chat_deleted", event));
                }
                return null;
            }, conference.executor());
        }, reply);
    }

    private static boolean visibleTo(ChatMessage message, String participantId) {
        return message.from().participantId().equals(participantId) || message.to().participantId().equals(participantId);
    }

    /** The name others see: a guest's is marked, so nobody passes for an account holder of the same name. */
    private static ChatMessage.Person person(Participant participant) {
        return new ChatMessage.Person(participant.id(), participant.guest()
                ? participant.displayName() + " (guest)" : participant.displayName());
    }
}
