package dev.parley.server.signaling;

import dev.parley.server.conference.Conference;
import dev.parley.server.conference.ConferenceEvent;
import dev.parley.server.conference.ConferenceRegistry;
import dev.parley.server.conference.MediaSource;
import dev.parley.server.moderation.Moderation;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * {@code stop_screen_share {participant_id}} → {@code ok {closed}} (host only): closes that participant's screen and screen
 * audio Producers at once (the others get {@code producer_removed}) and tells the sharer {@code screen_share_stopped}, so
 * their browser stops capturing. A sharer stops their own share by publishing without the screen section instead.
 */
@Component
class StopScreenShareHandler implements MessageHandler {
    static final String STOPPED_BY_HOST = "The host stopped your screen share.";

    private final Moderation moderation;

    StopScreenShareHandler(Moderation moderation) {
        this.moderation = moderation;
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
        ConferenceRegistry.Membership membership = session.membership();
        Conference conference = membership.conference();
        HostOnly.require(moderation, membership, "stop someone's screen share");
        String sharer = request.text("participant_id");
        if (conference.role(sharer).isEmpty()) {
            throw new SignalingException("unknown_participant", "There is no participant '" + sharer + "' in this conference.");
        }
        List<String> closed = conference.closeProducers(sharer, Set.of(MediaSource.SCREEN, MediaSource.SCREEN_AUDIO),
                new ConferenceEvent.ScreenShareStopped(STOPPED_BY_HOST));
        session.reply(request, "ok", new Reply(closed));
    }

    /** The host check shared by the screen sharing controls: moderation's, so every host control agrees on who hosts. */
    static final class HostOnly {
        private HostOnly() {
        }

        static void require(Moderation moderation, ConferenceRegistry.Membership membership, String action) {
            moderation.requireHost(membership.conference().id(), membership.participantId(), action);
        }
    }
}
