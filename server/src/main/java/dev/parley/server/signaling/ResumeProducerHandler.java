package dev.parley.server.signaling;

import dev.parley.server.conference.ConferenceRegistry;
import dev.parley.server.moderation.Moderation;
import org.springframework.stereotype.Component;

/** {@code resume_producer {producer_id}} → {@code ok {producer}}: unmute / camera on; the others get {@code producer_resumed}. */
@Component
class ResumeProducerHandler implements MessageHandler {
    private final Moderation moderation;

    ResumeProducerHandler(Moderation moderation) {
        this.moderation = moderation;
    }

    @Override
    public String type() {
        return "resume_producer";
    }

    @Override
    public Requires requires() {
        return Requires.JOIN;
    }

    @Override
    public void handle(SignalingSession session, Request request) {
        ConferenceRegistry.Membership membership = session.membership();
        moderation.checkMayResume(membership.conference().id(), membership.participantId(), request.text("producer_id"));
        session.reply(request, "ok", new PauseProducerHandler.Reply(
                membership.conference().resume(membership.participantId(), request.text("producer_id"))));
    }
}
