package dev.parley.server.signaling;

import dev.parley.server.conference.ConferenceRegistry;
import dev.parley.server.screenshare.ScreenShares;
import org.springframework.stereotype.Component;

/**
 * {@code screen_share_check} → {@code ok}: may I start presenting now? Asked before the browser opens its screen picker, so a
 * refusal (sharing off, someone else presents) comes before anything is captured or negotiated. The publish itself is
 * checked again.
 */
@Component
class ScreenShareCheckHandler implements MessageHandler {
    private final ScreenShares screenShares;

    ScreenShareCheckHandler(ScreenShares screenShares) {
        this.screenShares = screenShares;
    }

    @Override
    public String type() {
        return "screen_share_check";
    }

    @Override
    public Requires requires() {
        return Requires.JOIN;
    }

    @Override
    public void handle(SignalingSession session, Request request) {
        ConferenceRegistry.Membership membership = session.membership();
        screenShares.checkMayPresent(membership.conference(), membership.participantId(), Replies.ok(session, request));
    }
}
