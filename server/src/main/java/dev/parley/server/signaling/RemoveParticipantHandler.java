package dev.parley.server.signaling;

import dev.parley.server.conference.Conference;
import dev.parley.server.moderation.Moderation;
import org.springframework.stereotype.Component;

/** {@code remove_participant {participant_id}} → {@code ok} (host only): they get {@code removed}, leave, and cannot rejoin until readmitted. */
@Component
class RemoveParticipantHandler extends ModerationHandler {
    RemoveParticipantHandler(Moderation moderation) {
        super(moderation);
    }

    @Override
    public String type() {
        return "remove_participant";
    }

    @Override
    void act(Conference conference, String actorId, Request request, Conference.Reply<Object> reply) {
        moderation.remove(conference, actorId, request.text("participant_id"), reply);
    }
}
