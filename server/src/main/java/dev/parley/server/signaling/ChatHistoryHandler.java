package dev.parley.server.signaling;

import dev.parley.server.chat.ChatService;
import dev.parley.server.conference.ConferenceRegistry;
import org.springframework.stereotype.Component;

/**
 * {@code chat_history {before_id?, limit?}} → {@code chat_history {messages, has_more, can_delete}}: a page of the meeting's chat,
 * newest last. The latest page is pushed after {@code joined} anyway; clients ask for older pages with {@code before_id}.
 */
@Component
class ChatHistoryHandler implements MessageHandler {
    private final ChatService chat;

    ChatHistoryHandler(ChatService chat) {
        this.chat = chat;
    }

    @Override
    public String type() {
        return "chat_history";
    }

    @Override
    public Requires requires() {
        return Requires.JOIN;
    }

    @Override
    public void handle(SignalingSession session, Request request) {
        Long beforeId = ChatRequests.optionalInteger(request, "before_id");
        Long limit = ChatRequests.optionalInteger(request, "limit");
        ConferenceRegistry.Membership membership = session.membership();
        chat.history(membership.conference(), membership.participantId(), beforeId,
                limit == null ? null : (int) Math.max(0, Math.min(Integer.MAX_VALUE, limit)),
                Replies.<ChatService.Page>to(session, request, "chat_history", page -> page));
    }
}
