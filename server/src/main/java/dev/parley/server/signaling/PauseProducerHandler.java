package dev.parley.server.signaling;

import dev.parley.server.conference.Conference;
import dev.parley.server.conference.ConferenceEvent;
import dev.parley.server.conference.ConferenceRegistry;
import java.util.concurrent.CompletableFuture;
import org.springframework.stereotype.Component;

/**
 * {@code pause_producer {producer_id}} → {@code ok {producer}}: mic muted or camera off. The browser has already stopped
 * sending (replaceTrack(null)); the others get {@code producer_paused} and show a placeholder.
 */
@Component
class PauseProducerHandler implements MessageHandler {
    record Reply(Object producer) {
    }

    @Override
    public String type() {
        return "pause_producer";
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
        conference.command(membership.participantId(),
                publisher -> CompletableFuture.completedFuture(conference.publishing().setPaused(publisher, producerId, true)),
                Replies.<ConferenceEvent.ProducerView>to(session, request, "ok", Reply::new));
    }
}
