package dev.parley.server.signaling;

import dev.parley.server.conference.ConferenceEvent;
import dev.parley.server.conference.ConferenceRegistry;
import dev.parley.server.conference.ConferenceUser;
import dev.parley.server.conference.ParticipantChannel;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;

/**
 * One signaling socket: who authenticated on it, which conference it joined, and a send path that many threads may use at
 * once (conference events arrive from other participants' threads). At most one participant per socket.
 */
final class SignalingSession implements ParticipantChannel {
    private static final Logger log = LoggerFactory.getLogger(SignalingSession.class);
    /** A peer that does not read for this long is cut off, so one stuck browser cannot stall a conference. */
    private static final int SEND_TIME_LIMIT_MILLIS = 10_000;
    /** Messages queued for a slow peer before it is cut off (a few full subscribe offers). */
    private static final int SEND_BUFFER_LIMIT_BYTES = 1024 * 1024;

    private final WebSocketSession socket;
    private volatile ConferenceUser user;
    private volatile ConferenceRegistry.Membership membership;

    SignalingSession(WebSocketSession socket) {
        this.socket = new ConcurrentWebSocketSessionDecorator(socket, SEND_TIME_LIMIT_MILLIS, SEND_BUFFER_LIMIT_BYTES);
    }

    String socketId() {
        return socket.getId();
    }

    /** False once the socket closed (the peer left, or a send limit cut it off). */
    boolean isOpen() {
        return socket.isOpen();
    }

    ConferenceUser user() {
        return user;
    }

    void authenticated(ConferenceUser user) {
        this.user = user;
    }

    ConferenceRegistry.Membership membership() {
        return membership;
    }

    void joined(ConferenceRegistry.Membership membership) {
        this.membership = membership;
    }

    /** Leaves the joined conference, if any; safe to call twice. */
    void leaveConference() {
        ConferenceRegistry.Membership left = membership;
        membership = null;
        if (left != null) {
            left.conference().leave(left.participantId());
        }
    }

    /** A reply to {@code request}: {@code type}, the request's id, then the body's fields. */
    void reply(Request request, String type, Object body) {
        sendText(SignalingJson.write(type, request.id(), body));
    }

    /** An event that is not a conference event (chat): {@code type}, then the body's fields. */
    void push(String type, Object body) {
        sendText(SignalingJson.write(type, null, body));
    }

    void error(String id, String code, String message) {
        sendText(SignalingJson.error(id, code, message));
    }

    @Override
    public void send(ConferenceEvent event) {
        sendText(SignalingJson.write(event.type(), null, event));
    }

    void close(CloseStatus status) {
        try {
            socket.close(status);
        } catch (IOException e) {
            log.debug("closing signaling socket failed socket={}", socket.getId(), e);
        }
    }

    private void sendText(String text) {
        if (!socket.isOpen()) {
            return;
        }
        try {
            socket.sendMessage(new TextMessage(text));
        } catch (IOException | RuntimeException e) {
            // The decorator closes the socket when limits are exceeded; afterConnectionClosed then cleans up.
            log.debug("signaling send failed socket={} error={}", socket.getId(), e.toString());
        }
    }
}
