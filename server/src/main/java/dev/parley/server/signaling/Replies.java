package dev.parley.server.signaling;

import dev.parley.server.conference.Conference;
import dev.parley.server.conference.ConferenceException;
import dev.parley.server.conference.Refusal;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.socket.CloseStatus;

/**
 * Turns the outcome of a conference command into the reply frame of docs/protocol.md: the result as {@code type}, or an
 * {@code error} with the refusal's code and sentence. The one place where refusals become error messages.
 */
final class Replies {
    private static final Logger log = LoggerFactory.getLogger(Replies.class);

    private Replies() {
    }

    /** Replies {@code type} with {@code body(result)}, or the error. */
    static <T> Conference.Reply<T> to(SignalingSession session, Request request, String type, Function<T, Object> body) {
        return (result, error) -> {
            if (error != null) {
                error(session, request, error);
            } else {
                session.reply(request, type, body.apply(result));
            }
        };
    }

    /** Replies {@code ok} with no fields, or the error. */
    static <T> Conference.Reply<T> ok(SignalingSession session, Request request) {
        return to(session, request, "ok", result -> null);
    }

    /** The error reply for {@code error}; an unexpected one is logged and answered as internal_error. */
    static void error(SignalingSession session, Request request, Throwable error) {
        switch (error) {
            case SignalingException e -> {
                session.error(request.id(), e.code(), e.getMessage());
                if (e.closeSocket()) {
                    session.close(CloseStatus.POLICY_VIOLATION.withReason(e.code()));
                }
            }
            case Refusal e -> session.error(request.id(), e.code(), e.getMessage());
            case ConferenceException e -> session.error(request.id(), e.error().code(), e.getMessage());
            default -> {
                log.warn("signaling request failed socket={} type={}", session.socketId(), request.type(), error);
                session.error(request.id(), "internal_error", "The server could not handle this " + request.type()
                        + " message; try again.");
            }
        }
    }
}
