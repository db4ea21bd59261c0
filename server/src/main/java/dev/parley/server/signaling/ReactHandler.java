package dev.parley.server.signaling;

import dev.parley.server.conference.Conference;
import dev.parley.server.moderation.Moderation;
import org.springframework.stereotype.Component;

/** {@code react {emoji}} → {@code ok}: everyone gets {@code reaction}; at most 5 per 10 seconds. */
@Component
class ReactHandler extends ModerationHandler {
    ReactHandler(Moderation moderation) {
        super(moderation);
    }

    @Override
    public String type() {
        return "react";
    }

    @Override
    void act(Conference conference, String actorId, Request request, Conference.Reply<Object> reply) {
        moderation.react(conference, actorId, request.text("emoji"), reply);
    }
}
