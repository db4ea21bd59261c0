package dev.parley.server.signaling;

import dev.parley.server.conference.Conference;
import dev.parley.server.conference.ConferenceRegistry;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * {@code publish {sdp, sources}} → {@code publish_answer {sdp, producers}}: the send connection's offer (every publish and
 * unpublish is a new offer from the browser) and the source of each newly sent mid. The conference's parts check it (the
 * presenter rule) and see its outcome (a hard mute keeps the microphone paused).
 */
@Component
class PublishHandler implements MessageHandler {
    @Override
    public String type() {
        return "publish";
    }

    @Override
    public Requires requires() {
        return Requires.JOIN;
    }

    @Override
    public void handle(SignalingSession session, Request request) {
        String sdp = request.text("sdp");
        Map<String, String> sources = new LinkedHashMap<>();
        JsonNode given = request.body().has("sources") ? request.object("sources") : null;
        if (given != null) {
            for (Map.Entry<String, JsonNode> entry : given.properties()) {
                if (!entry.getValue().isString()) {
                    throw new SignalingException("invalid_message", "sources." + entry.getKey() + " must be a string.");
                }
                sources.put(entry.getKey(), entry.getValue().asString());
            }
        }
        ConferenceRegistry.Membership membership = session.membership();
        Conference conference = membership.conference();
        conference.command(membership.participantId(), publisher -> conference.publishing().publish(publisher, sdp, sources),
                Replies.<Conference.PublishResult>to(session, request, "publish_answer", result -> result));
    }
}
