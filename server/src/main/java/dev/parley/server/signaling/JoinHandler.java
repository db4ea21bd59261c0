package dev.parley.server.signaling;

import dev.parley.media.sfu.rtp.ReceiveCapabilities;
import dev.parley.server.conference.Conference;
import dev.parley.server.conference.ConferenceEvent;
import dev.parley.server.conference.ConferenceRegistry;
import dev.parley.server.turn.IceServer;
import dev.parley.server.turn.IceServers;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@code join {conference_id, join_token?, receive_codecs?, resumable?}} → {@code joined {conference_id, participant_id,
 * participants, ice_servers, resume_token?}}, followed by the {@code moderation} state, the latest {@code chat_history} page and,
 * when others already publish, the first {@code subscribe_offer}.
 *
 * <p>{@code join {conference_id, resume_token, keep_media}} takes back a seat kept after a lost socket (docs/protocol.md,
 * "Reconnecting"): {@code joined} with {@code resumed: true} and the same participant id, or {@code resume_failed}.
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
                  List<IceServer> iceServers, String resumeToken, boolean resumed, List<String> pausedSources) {
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
        String joinToken = optionalText(request, "join_token");
        ReceiveCapabilities decodable = ReceiveCodecsField.read(request.body().get("receive_codecs"));
        String resumeToken = optionalText(request, "resume_token");
        // Renewing the media of our seat on this very socket (its connections failed): the seat stays ours; should the
        // resume be refused, the participant this socket had leaves, so the fresh join that follows makes no duplicate.
        ConferenceRegistry.Membership previous = resumeToken != null ? session.releaseMembership() : null;
        if (!session.startJoin()) {
            throw new SignalingException("already_joined", "This socket is already in a conference; leave it first.");
        }
        session.receiveCapabilities(decodable);
        List<IceServer> ice = iceServers.forParticipant(session.user().userId() == 0 ? "guest" : "user" + session.user().userId());
        Conference.Reply<Conference.Joined> reply = (joined, error) -> {
            if (error != null) {
                if (previous != null) {
                    previous.conference().leave(previous.participantId());
                }
                session.joinFailed();
                Replies.error(session, request, error);
                return;
            }
            // On the conference's executor: the membership is set before the reply, so the client's next message finds it.
            session.joined(new ConferenceRegistry.Membership(joined.conference(), joined.participantId()));
            session.reply(request, "joined", new Joined(conferenceId, joined.participantId(), joined.participants(), ice,
                    joined.resumeToken(), joined.resumed(), joined.pausedSources()));
        };
        if (resumeToken != null) {
            registry.resume(session.user(), conferenceId, resumeToken, session,
                    request.body().path("keep_media").asBoolean(false), reply);
        } else {
            registry.join(session.user(), conferenceId, joinToken, session,
                    request.body().path("resumable").asBoolean(false), reply);
        }
    }

    private static String optionalText(Request request, String field) {
        return request.body().path(field).isString() ? request.body().get(field).asString() : null;
    }
}
