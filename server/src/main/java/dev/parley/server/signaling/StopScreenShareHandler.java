package dev.parley.server.signaling;

import dev.parley.server.conference.ConferenceRegistry;
import dev.parley.server.screenshare.ScreenShares;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@code stop_screen_share {participant_id}} → {@code ok {closed}} (host only): closes that participant's screen and screen
 * audio Producers at once (the others get {@code producer_removed}) and tells the sharer {@code screen_share_stopped}, so
 * their browser stops capturing. A sharer stops their own share by publishing without the screen section instead.
 */
@Component
class StopScreenShareHandler implements MessageHandler {
    private final ScreenShares screenShares;

    StopScreenShareHandler(ScreenShares screenShares) {
        this.screenShares = screenShares;
    }

    record Reply(List<String> closed) {
    }

    @Override
    public String type() {
        return "stop_screen_share";
    }

    @Override
    public Requires requires() {
        return Requires.JOIN;
    }

    @Override
    public void handle(SignalingSession session, Request request) {
        String sharer = request.text("participant_id");
        ConferenceRegistry.Membership membership = session.membership();
        screenShares.stop(membership.conference(), membership.participantId(), sharer,
                Replies.<List<String>>to(session, request, "ok", Reply::new));
    }
}
