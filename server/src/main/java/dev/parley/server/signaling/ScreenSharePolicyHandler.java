package dev.parley.server.signaling;

import dev.parley.server.conference.ConferenceRegistry;
import dev.parley.server.screenshare.ScreenShares;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * {@code screen_share_policy {multiple_presenters}} → {@code ok {multiple_presenters}} (host only): whether more than one
 * participant may present at a time in this live conference (default: one).
 */
@Component
class ScreenSharePolicyHandler implements MessageHandler {
    private final ScreenShares screenShares;

    ScreenSharePolicyHandler(ScreenShares screenShares) {
        this.screenShares = screenShares;
    }

    record Reply(boolean multiplePresenters) {
    }

    @Override
    public String type() {
        return "screen_share_policy";
    }

    @Override
    public Requires requires() {
        return Requires.JOIN;
    }

    @Override
    public void handle(SignalingSession session, Request request) {
        ConferenceRegistry.Membership membership = session.membership();
        JsonNode value = request.body().get("multiple_presenters");
        if (value == null || !value.isBoolean()) {
            throw new SignalingException("invalid_message", "Field 'multiple_presenters' must be true or false.");
        }
        boolean allowed = value.asBoolean();
        screenShares.allowMultiplePresenters(membership.conference(), membership.participantId(), allowed,
                Replies.to(session, request, "ok", ignored -> new Reply(allowed)));
    }
}
