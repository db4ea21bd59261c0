package dev.parley.server.signaling;

import dev.parley.server.moderation.Moderation;
import org.springframework.stereotype.Component;

/** {@code lower_hand {participant_id?}} → {@code ok}: lowers your own hand, or (host) anyone's. */
@Component
class LowerHandHandler extends ModerationHandler {
    LowerHandHandler(Moderation moderation) {
        super(moderation);
    }

    @Override
    public String type() {
        return "lower_hand";
    }

    @Override
    void act(String conferenceId, String actorId, Request request) {
        moderation.lowerHand(conferenceId, actorId, request.body().path("participant_id").isString() ? request.text("participant_id") : actorId);
    }
}
