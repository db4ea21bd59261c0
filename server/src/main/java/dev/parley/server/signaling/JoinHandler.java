package dev.parley.server.signaling;

import dev.parley.media.sfu.rtp.ReceiveCapabilities;
import dev.parley.server.conference.ConferenceEvent;
import dev.parley.server.conference.ConferenceRegistry;
import dev.parley.server.turn.IceServer;
import dev.parley.server.turn.IceServers;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@code join {conference_id, join_token?, receive_codecs?}} → {@code joined {conference_id, participant_id, participants, ice_servers}}, followed by
 * the {@code moderation} state, the latest {@code chat_history} page and, when others already publish, the first
 * {@code subscribe_offer}.
 */
@Component
class JoinHandler implements MessageHandler {
    private final ConferenceRegistry registry;
    private final IceServers iceServers;

    JoinHandler(ConferenceRegistry registry, IceServers iceServers) {
        this.registry = registry;
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
        String conferenceId = request.text("conference_id");
        // Optional: the join token of POST /meetings/join, required for meeting conferences (docs/protocol.md).
        String joinToken = request.body().path("join_token").isString() ? request.body().get("join_token").asString() : null;
        ReceiveCapabilities decodable = ReceiveCodecsField.read(request.body().get("receive_codecs"));
        if (!session.startJoin()) {
            throw new SignalingException("already_joined", "This socket is already in a conference; leave it first.");
        }
        session.receiveCapabilities(decodable);
        List<IceServer> ice = iceServers.forParticipant(session.user().userId() == 0 ? "guest" : "user" + session.user().userId());
        registry.join(session.user(), conferenceId, joinToken, session, (joined, error) -> {
            if (error != null) {
                session.joinFailed();
                Replies.error(session, request, error);
                return;
            }
            // On the conference's executor: the membership is set before the reply, so the client's next message finds it.
            session.joined(new ConferenceRegistry.Membership(joined.conference(), joined.participantId()));
            session.reply(request, "joined", new Joined(conferenceId, joined.participantId(), joined.participants(), ice));
        });
    }
}
