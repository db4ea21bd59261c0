package dev.parley.server.chat;

import java.util.List;

/** Test access to a repository's package-private history read, for tests in other packages. */
public final class ChatRepositoryAccess {
    private ChatRepositoryAccess() {
    }

    /** The texts of a room's public messages, oldest first, as a reader who is nobody in particular sees them. */
    public static List<String> texts(ChatRepository repository, String room) {
        return repository.page(room, new ChatRepository.Reader(-1, "-"), null, ChatService.MAX_PAGE).stream()
                .map(ChatMessage::text).toList();
    }
}
