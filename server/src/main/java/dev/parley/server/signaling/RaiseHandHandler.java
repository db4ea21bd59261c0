package dev.parley.server.signaling;

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
    void act(String conferenceId, String actorId, Request request) {
        moderation.raiseHand(conferenceId, actorId);
    }
}
