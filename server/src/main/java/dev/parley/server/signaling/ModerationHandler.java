package dev.parley.server.signaling;

import dev.parley.server.conference.ConferenceRegistry;
import dev.parley.server.moderation.Moderation;

/**
 * The shape of every host-control, hand and reaction message: allowed after a join, acts on the socket's conference as its
 * participant, answers {@code ok}; a refusal from {@link Moderation} becomes an error with its own code ("not_host", ...).
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
        act(membership.conference().id(), membership.participantId(), request);
        session.reply(request, "ok", null);
    }

    /** Does the work as participant {@code actorId} of {@code conferenceId}. */
    abstract void act(String conferenceId, String actorId, Request request);

    /** The optional boolean field {@code hard} (absent: false). */
    static boolean hard(Request request) {
        return request.body().path("hard").asBoolean(false);
    }
}
