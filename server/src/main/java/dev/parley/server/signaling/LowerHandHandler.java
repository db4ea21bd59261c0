package dev.parley.server.signaling;

import dev.parley.server.conference.Conference;
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
    void act(Conference conference, String actorId, Request request, Conference.Reply<Object> reply) {
        moderation.lowerHand(conference, actorId, request.body().path("participant_id").isString() ? request.text("participant_id") : actorId, reply);
    }
}
