package dev.parley.server.signaling;

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
    void act(String conferenceId, String actorId, Request request) {
        moderation.react(conferenceId, actorId, request.text("emoji"));
    }
}
