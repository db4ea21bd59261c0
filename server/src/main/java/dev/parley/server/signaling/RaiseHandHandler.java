package dev.parley.server.signaling;

import dev.parley.server.conference.Conference;
import dev.parley.server.moderation.Moderation;
import org.springframework.stereotype.Component;

/** {@code raise_hand} → {@code ok}: joins the end of the hand queue (everyone gets {@code moderation}). */
@Component
class RaiseHandHandler extends ModerationHandler {
    RaiseHandHandler(Moderation moderation) {
        super(moderation);
    }

    @Override
    public String type() {
        return "raise_hand";
    }

    @Override
    void act(Conference conference, String actorId, Request request, Conference.Reply<Object> reply) {
        moderation.raiseHand(conference, actorId, reply);
    }
}
