package dev.parley.server.signaling;

import dev.parley.server.conference.Conference;
import dev.parley.server.moderation.Moderation;
import org.springframework.stereotype.Component;

/** {@code stop_video {participant_id}} → {@code ok} (host only): pauses their camera; they get {@code video_stopped_by_host}. */
@Component
class StopVideoHandler extends ModerationHandler {
    StopVideoHandler(Moderation moderation) {
        super(moderation);
    }

    @Override
    public String type() {
        return "stop_video";
    }

    @Override
    void act(Conference conference, String actorId, Request request, Conference.Reply<Object> reply) {
        moderation.stopVideo(conference, actorId, request.text("participant_id"), reply);
    }
}
