package dev.parley.server.chat;

import static dev.parley.server.conference.ConferenceHarness.join;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.server.conference.Conference;
import dev.parley.server.conference.ConferenceHarness;
import dev.parley.server.conference.FakeChannel;
import dev.parley.server.conference.ParticipantRole;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Chat as a user of the conference owner, with an in-memory store instead of PostgreSQL and fake channels: chat knows every
 * participant from their join (the newest page is pushed, nobody has to ask), delivers public and private messages through
 * the one channel, and lets the conference's host (an ad-hoc room's first joiner included) delete.
 */
class ChatServiceTest {
    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-11-25T07:00:00Z"), ZoneOffset.UTC);
    private static ConferenceHarness harness;

    /** Keeps messages in a list; what the SQL does about visibility is ChatRepository's own test's business. */
    private static final class MemoryStore extends ChatRepository {
        final List<ChatMessage> messages = new ArrayList<>();

        MemoryStore() {
            super(null);
        }

        @Override
        ChatLog roomOf(String conferenceId) {
            return new ChatLog("room:" + conferenceId, null);
        }

        @Override
        synchronized ChatMessage insert(Draft draft) {
            ChatMessage message = new ChatMessage(messages.size() + 1, draft.sentAt(), draft.from(), draft.to(), draft.text(),
                    false);
            messages.add(message);
            return message;
        }

        @Override
        synchronized Optional<ChatMessage> find(long id) {
            return messages.stream().filter(m -> m.id() == id).findFirst();
        }

        @Override
        synchronized Optional<String> roomOfMessage(long id) {
            return find(id).map(m -> "room:" + currentRoom);
        }

        @Override
        synchronized boolean markDeleted(long id, Instant at) {
            return find(id).isPresent();
        }

        @Override
        synchronized List<ChatMessage> page(String room, Reader reader, Long beforeId, int limit) {
            return messages.stream().filter(m -> m.to() == null).toList();
        }

        String currentRoom;
    }

    @BeforeAll
    static void start() {
        harness = new ConferenceHarness();
    }

    @AfterAll
    static void stop() {
        harness.close();
    }

    @Test
    void everyJoinerIsPushedTheHistoryAndReceivesMessagesWithoutAsking() throws Exception {
        MemoryStore store = new MemoryStore();
        ChatService chat = new ChatService(store, new ChatRateLimiter(FIXED), FIXED);
        String id = "chat-" + System.nanoTime();
        store.currentRoom = id;
        Conference conference = harness.conference(id, 10, chat.create(id));
        FakeChannel ada = new FakeChannel();
        FakeChannel bob = new FakeChannel();
        FakeChannel guest = new FakeChannel();
        String adaId = join(conference, "ada", 1, ParticipantRole.PARTICIPANT, ada);
        assertThat(((ChatService.Page) ada.await("chat_history").body()).canDelete()).as("the ad-hoc room's host").isTrue();
        String bobId = join(conference, "bob", 2, ParticipantRole.PARTICIPANT, bob);
        join(conference, "Gus", 0, ParticipantRole.GUEST, guest);
        assertThat(((ChatService.Page) bob.await("chat_history").body()).canDelete()).isFalse();

        ChatMessage hello = chat.send(conference, adaId, "hello all", null, Conference.Reply.none()).get(5, TimeUnit.SECONDS);
        chat.send(conference, adaId, "psst bob", bobId, Conference.Reply.none()).get(5, TimeUnit.SECONDS);

        assertThat(((ChatService.MessageEvent) bob.await("chat_message").body()).message().text()).isEqualTo("hello all");
        assertThat(guest.types().stream().filter("chat_message"::equals)).hasSize(1);
        assertThat(bob.types().stream().filter("chat_message"::equals)).hasSize(2);
        assertThat(ada.types()).doesNotContain("chat_message");

        ChatMessage fromGuest = chat.send(conference, conference.ask(c -> c.members().get(2).id()).get(), "hi", null,
                Conference.Reply.none()).get(5, TimeUnit.SECONDS);
        assertThat(fromGuest.from().name()).isEqualTo("Gus (guest)");

        assertThatThrownBy(() -> chat.delete(conference, bobId, hello.id(), Conference.Reply.none()).join())
                .cause().isInstanceOfSatisfying(ChatException.class, e -> assertThat(e.code()).isEqualTo("forbidden"));
        chat.delete(conference, adaId, hello.id(), Conference.Reply.none()).get(5, TimeUnit.SECONDS);
        assertThat(((ChatService.DeletedEvent) bob.await("chat_deleted").body()).messageId()).isEqualTo(hello.id());
    }
}
