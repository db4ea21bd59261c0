package dev.parley.server.signaling;

import dev.parley.server.conference.Conference;
import dev.parley.server.moderation.Moderation;
import org.springframework.stereotype.Component;

/** {@code allow_unmute {participant_id}} → {@code ok} (host only): lifts a hard mute; they get {@code unmute_allowed}. */
@Component
class AllowUnmuteHandler extends ModerationHandler {
    AllowUnmuteHandler(Moderation moderation) {
        super(moderation);
    }

    @Override
    public String type() {
        return "allow_unmute";
    }

    @Override
    void act(Conference conference, String actorId, Request request, Conference.Reply<Object> reply) {
        moderation.allowUnmute(conference, actorId, request.text("participant_id"), reply);
    }
}
