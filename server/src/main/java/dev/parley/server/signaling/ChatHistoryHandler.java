package dev.parley.server.signaling;

import dev.parley.server.chat.ChatService;
import dev.parley.server.conference.ConferenceRegistry;
import org.springframework.stereotype.Component;

/**
 * {@code chat_history {before_id?, limit?}} → {@code chat_history {messages, has_more, can_delete}}: a page of the meeting's chat, newest
 * last. Clients send it right after {@code joined} (and after a reconnect); it also subscribes the socket to chat events.
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
        ChatService.Page page = chat.history(membership.conference().id(), membership.participantId(), beforeId,
                limit == null ? null : (int) Math.max(0, Math.min(Integer.MAX_VALUE, limit)), ChatRequests.sink(session));
        session.reply(request, "chat_history", page);
    }
}
