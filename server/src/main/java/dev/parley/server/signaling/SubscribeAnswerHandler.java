package dev.parley.server.signaling;

import dev.parley.server.conference.Conference;
import dev.parley.server.conference.ConferenceRegistry;
import java.util.concurrent.CompletableFuture;
import org.springframework.stereotype.Component;

/** {@code subscribe_answer {version, sdp}} → {@code ok}: the browser's answer to the recv connection's offer {@code version}. */
@Component
class SubscribeAnswerHandler implements MessageHandler {
    @Override
    public String type() {
        return "subscribe_answer";
    }

    @Override
    public Requires requires() {
        return Requires.JOIN;
    }

    @Override
    public void handle(SignalingSession session, Request request) {
        long version = request.integer("version");
        String sdp = request.text("sdp");
        ConferenceRegistry.Membership membership = session.membership();
        Conference conference = membership.conference();
        conference.command(membership.participantId(), subscriber -> {
            conference.publishing().subscribeAnswer(subscriber, version, sdp);
            return CompletableFuture.completedFuture(null);
        }, Replies.ok(session, request));
    }
}
