package dev.parley.server.signaling;

import dev.parley.server.chat.ChatMessage;
import dev.parley.server.chat.ChatService;
import dev.parley.server.conference.ConferenceRegistry;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * {@code chat_send {text, to?}} → {@code chat_sent {message}} once the message is stored; everyone else (or only the
 * participant {@code to}) gets {@code chat_message {message}}.
 */
@Component
class ChatSendHandler implements MessageHandler {
    private final ChatService chat;

    ChatSendHandler(ChatService chat) {
        this.chat = chat;
    }

    record Reply(ChatMessage message) {
    }

    @Override
    public String type() {
        return "chat_send";
    }

    @Override
    public Requires requires() {
        return Requires.JOIN;
    }

    @Override
    public void handle(SignalingSession session, Request request) {
        JsonNode text = request.body().get("text");
        if (text == null || !text.isString()) {
            throw new SignalingException("invalid_chat_message", "Field 'text' must be a string of 1 to 4000 characters.");
        }
        JsonNode to = request.body().get("to");
        if (to != null && !to.isNull() && !to.isString()) {
            throw new SignalingException("invalid_message", "Field 'to' must be a participant id (a string) or absent.");
        }
        ConferenceRegistry.Membership membership = session.membership();
        chat.send(membership.conference(), membership.participantId(), text.asString(),
                to == null || to.isNull() ? null : to.asString(),
                Replies.<ChatMessage>to(session, request, "chat_sent", Reply::new));
    }
}
