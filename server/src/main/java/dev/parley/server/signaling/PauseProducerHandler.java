package dev.parley.server.signaling;

import dev.parley.server.conference.ConferenceRegistry;
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
        ConferenceRegistry.Membership membership = session.membership();
        session.reply(request, "ok", new Reply(
                membership.conference().pause(membership.participantId(), request.text("producer_id"))));
    }
}
