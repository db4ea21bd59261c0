package dev.parley.server.signaling;

import dev.parley.server.conference.ConferenceException;
import dev.parley.server.conference.Refusal;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.TextWebSocketHandler;

/**
 * The {@code /ws} endpoint. Per socket: a hello with a valid access token must arrive within {@link #HELLO_TIMEOUT} (tokens
 * never travel in URLs, where proxies log them); then every text frame is one request, dispatched by its {@code type} to its
 * {@link MessageHandler}. A bad request gets an error reply and the socket stays usable; closing the socket leaves the
 * conference. The container delivers one socket's frames one at a time, so handlers of one socket never run concurrently.
 */
@Component
class SignalingHandler extends TextWebSocketHandler implements DisposableBean {
    static final Duration HELLO_TIMEOUT = Duration.ofSeconds(5);
    private static final Logger log = LoggerFactory.getLogger(SignalingHandler.class);

    private final MessageHandlers handlers;
    private final Map<String, SignalingSession> sessions = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "signaling-hello-timeout");
        thread.setDaemon(true);
        return thread;
    });

    SignalingHandler(MessageHandlers handlers) {
        this.handlers = handlers;
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession socket) {
        SignalingSession session = new SignalingSession(socket);
        sessions.put(socket.getId(), session);
        timers.schedule(() -> {
            if (session.user() == null) {
                session.error(null, "hello_timeout", "Send a hello with your access token within "
                        + HELLO_TIMEOUT.toSeconds() + " seconds of connecting.");
                session.close(CloseStatus.POLICY_VIOLATION.withReason("hello expected"));
            }
        }, HELLO_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    protected void handleTextMessage(WebSocketSession socket, TextMessage message) {
        SignalingSession session = sessions.get(socket.getId());
        if (session == null) {
            return;
        }
        Request request = SignalingJson.parse(message.getPayload());
        if (request == null) {
            session.error(SignalingJson.idOf(message.getPayload()), "malformed_message",
                    "A message must be a JSON object with a string 'type' (and an optional string 'id').");
            return;
        }
        try {
            MessageHandler handler = handlers.forType(request.type()).orElseThrow(() -> new SignalingException(
                    "unknown_type", "There is no message type '" + request.type() + "'."));
            checkAllowed(session, handler);
            handler.handle(session, request);
        } catch (SignalingException e) {
            session.error(request.id(), e.code(), e.getMessage());
            if (e.closeSocket()) {
                session.close(CloseStatus.POLICY_VIOLATION.withReason(e.code()));
            }
        } catch (Refusal e) {
            session.error(request.id(), e.code(), e.getMessage());
        } catch (ConferenceException e) {
            session.error(request.id(), e.error().code(), e.getMessage());
        } catch (RuntimeException e) {
            log.warn("signaling request failed socket={} type={}", socket.getId(), request.type(), e);
            session.error(request.id(), "internal_error", "The server could not handle this " + request.type()
                    + " message; try again.");
        }
    }

    private static void checkAllowed(SignalingSession session, MessageHandler handler) {
        if (session.user() == null && handler.requires() != MessageHandler.Requires.NOTHING) {
            throw new SignalingException("unauthenticated", "The first message must be a hello with your access token.",
                    true);
        }
        if (handler.requires() == MessageHandler.Requires.JOIN && session.membership() == null) {
            throw new SignalingException("not_joined", "Join a conference before sending " + handler.type() + ".");
        }
    }

    @Override
    public void handleTransportError(WebSocketSession socket, Throwable exception) {
        log.debug("signaling transport error socket={} error={}", socket.getId(), exception.toString());
    }

    @Override
    public void afterConnectionClosed(WebSocketSession socket, CloseStatus status) {
        SignalingSession session = sessions.remove(socket.getId());
        if (session != null) {
            session.leaveConference();
        }
    }

    @Override
    public void destroy() {
        timers.shutdownNow();
    }
}
