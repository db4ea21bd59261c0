package dev.parley.server.signaling;

import dev.parley.server.chat.ChatService;
import dev.parley.server.conference.ConferenceRegistry;
import org.springframework.stereotype.Component;

/**
 * {@code chat_delete {message_id}} → {@code ok {}} (hosts only: the conference's one host rule, ad-hoc rooms included); everyone who could see the message gets
 * {@code chat_deleted {message_id}}, and history shows it as deleted.
 */
@Component
class ChatDeleteHandler implements MessageHandler {
    private final ChatService chat;

    ChatDeleteHandler(ChatService chat) {
        this.chat = chat;
    }

    @Override
    public String type() {
        return "chat_delete";
    }

    @Override
    public Requires requires() {
        return Requires.JOIN;
    }

    @Override
    public void handle(SignalingSession session, Request request) {
        long messageId = request.integer("message_id");
        ConferenceRegistry.Membership membership = session.membership();
        chat.delete(membership.conference(), membership.participantId(), messageId, Replies.ok(session, request));
    }
}
