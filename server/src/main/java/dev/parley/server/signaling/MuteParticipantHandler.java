package dev.parley.server.signaling;

import dev.parley.server.conference.Conference;
import dev.parley.server.moderation.Moderation;
import org.springframework.stereotype.Component;

/** {@code mute_participant {participant_id, hard?}} → {@code ok} (host only): pauses their microphone; they get {@code muted_by_host}. */
@Component
class MuteParticipantHandler extends ModerationHandler {
    MuteParticipantHandler(Moderation moderation) {
        super(moderation);
    }

    @Override
    public String type() {
        return "mute_participant";
    }

    @Override
    void act(Conference conference, String actorId, Request request, Conference.Reply<Object> reply) {
        moderation.mute(conference, actorId, request.text("participant_id"), hard(request), reply);
    }
}
