package dev.parley.server.signaling;

import dev.parley.server.conference.Conference;
import dev.parley.server.conference.ConferenceRegistry;
import dev.parley.server.moderation.Moderation;

/**
 * The shape of every host-control, hand and reaction message: allowed after a join, acts on the socket's conference as its
 * participant, answers {@code ok}; a refusal ("not_host", ...) becomes an error with its own code.
 */
abstract class ModerationHandler implements MessageHandler {
    protected final Moderation moderation;

    ModerationHandler(Moderation moderation) {
        this.moderation = moderation;
    }

    @Override
    public final Requires requires() {
        return Requires.JOIN;
    }

    @Override
    public final void handle(SignalingSession session, Request request) {
        ConferenceRegistry.Membership membership = session.membership();
        act(membership.conference(), membership.participantId(), request, Replies.ok(session, request));
    }

    /** Does the work as participant {@code actorId}; {@code reply} gets the outcome. */
    abstract void act(Conference conference, String actorId, Request request, Conference.Reply<Object> reply);

    /** The optional boolean field {@code hard} (absent: false). */
    static boolean hard(Request request) {
        return request.body().path("hard").asBoolean(false);
    }
}
