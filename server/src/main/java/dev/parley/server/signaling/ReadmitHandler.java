package dev.parley.server.signaling;

import dev.parley.server.conference.Conference;
import dev.parley.server.moderation.Moderation;
import org.springframework.stereotype.Component;

/** {@code readmit {removed_id}} → {@code ok} (host only): takes a removed person off the deny list. */
@Component
class ReadmitHandler extends ModerationHandler {
    ReadmitHandler(Moderation moderation) {
        super(moderation);
    }

    @Override
    public String type() {
        return "readmit";
    }

    @Override
    void act(Conference conference, String actorId, Request request, Conference.Reply<Object> reply) {
        moderation.readmit(conference, actorId, request.text("removed_id"), reply);
    }
}
