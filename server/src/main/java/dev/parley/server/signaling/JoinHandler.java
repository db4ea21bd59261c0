package dev.parley.server.signaling;

import dev.parley.server.conference.ConferenceEvent;
import dev.parley.server.conference.ConferenceRegistry;
import dev.parley.server.moderation.Moderation;
import dev.parley.server.turn.IceServer;
import dev.parley.server.turn.IceServers;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@code join {conference_id, join_token?}} → {@code joined {conference_id, participant_id, participants, ice_servers}}, followed by the
 * first {@code subscribe_offer} when others already publish.
 */
@Component
class JoinHandler implements MessageHandler {
    private final ConferenceRegistry registry;
    private final Moderation moderation;
    private final IceServers iceServers;

    JoinHandler(ConferenceRegistry registry, Moderation moderation, IceServers iceServers) {
        this.registry = registry;
        this.moderation = moderation;
        this.iceServers = iceServers;
    }

    /**
     * @param iceServers RTCIceServer entries for both peer connections: the configured TURN relay with a time-limited
     *                   credential, or none (the SFU's host candidates are reached directly)
     */
    record Joined(String conferenceId, String participantId, List<ConferenceEvent.ParticipantView> participants,
                  List<IceServer> iceServers) {
    }

    @Override
    public String type() {
        return "join";
    }

    @Override
    public Requires requires() {
        return Requires.HELLO;
    }

    @Override
    public void handle(SignalingSession session, Request request) {
        if (session.membership() != null) {
            throw new SignalingException("already_joined", "This socket is already in a conference; leave it first.");
        }
        String conferenceId = request.text("conference_id");
        // Optional: the join token of POST /meetings/join, required for meeting conferences (docs/protocol.md).
        String joinToken = request.body().path("join_token").isString() ? request.body().get("join_token").asString() : null;
        moderation.checkMayJoin(session.user(), conferenceId);
        ConferenceRegistry.Membership membership = registry.join(session.user(), conferenceId, joinToken, session,
                joined -> session.reply(request, "joined",
                        new Joined(conferenceId, joined.participantId(), joined.participants(),
                                iceServers.forParticipant(session.user().userId() == 0 ? "guest"
                                        : "user" + session.user().userId()))));
        session.joined(membership);
        moderation.connect(conferenceId, membership.participantId(), ModerationSocket.of(session));
    }
}
