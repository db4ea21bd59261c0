package dev.parley.server.signaling;

import dev.parley.server.conference.Conference;
import dev.parley.server.conference.ConferenceEvent;
import dev.parley.server.conference.ConferenceRegistry;
import dev.parley.server.moderation.Moderation;
import java.util.concurrent.CompletableFuture;
import org.springframework.stereotype.Component;

/**
 * {@code resume_producer {producer_id}} → {@code ok {producer}}: unmute / camera on; the others get {@code producer_resumed}.
 * A hard-muted microphone stays paused until the host allows it.
 */
@Component
class ResumeProducerHandler implements MessageHandler {
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
        String producerId = request.text("producer_id");
        ConferenceRegistry.Membership membership = session.membership();
        Conference conference = membership.conference();
        conference.command(membership.participantId(), publisher -> {
            Moderation.checkMayResume(conference, publisher, producerId);
            return CompletableFuture.completedFuture(conference.publishing().setPaused(publisher, producerId, false));
        }, Replies.<ConferenceEvent.ProducerView>to(session, request, "ok", PauseProducerHandler.Reply::new));
    }
}
