package dev.parley.server.signaling;

import org.springframework.stereotype.Component;

/** {@code leave} → {@code ok}: leaves the conference (the socket stays open and may join again). */
@Component
class LeaveHandler implements MessageHandler {
    @Override
    public String type() {
        return "leave";
    }

    @Override
    public Requires requires() {
        return Requires.JOIN;
    }

    @Override
    public void handle(SignalingSession session, Request request) {
        // After the removal on the conference's executor: no event of this conference follows the ok.
        session.leaveConference().whenComplete((ignored, error) -> session.reply(request, "ok", null));
    }
}
