package dev.parley.server.signaling;

import dev.parley.server.conference.Conference;
import dev.parley.server.moderation.Moderation;
import org.springframework.stereotype.Component;

/** {@code mute_all {hard?}} → {@code ok} (host only): mutes everyone but the hosts. */
@Component
class MuteAllHandler extends ModerationHandler {
    MuteAllHandler(Moderation moderation) {
        super(moderation);
    }

    @Override
    public String type() {
        return "mute_all";
    }

    @Override
    void act(Conference conference, String actorId, Request request, Conference.Reply<Object> reply) {
        moderation.muteAll(conference, actorId, hard(request), reply);
    }
}
