package dev.parley.server.signaling;

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
    void act(String conferenceId, String actorId, Request request) {
        moderation.readmit(conferenceId, actorId, request.text("removed_id"));
    }
}
