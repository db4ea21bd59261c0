package dev.parley.server.signaling;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.TextWebSocketHandler;

/**
 * The {@code /ws} endpoint. Per socket: a hello with a valid access token must arrive within {@link #HELLO_TIMEOUT} (tokens
 * never travel in URLs, where proxies log them); then every text frame is one request, dispatched by its {@code type} to its
 * {@link MessageHandler}. A bad request gets an error reply and the socket stays usable; closing the socket leaves the
 * conference. The container delivers one socket's frames one at a time, so handlers of one socket never run concurrently;
 * conference commands answer later, from the conference's executor, in order per participant.
 *
 * <p>On shutdown (SIGTERM) every socket gets a close frame with 1012 "server restarting" (RFC 6455 §7.4.1, IANA registry)
 * before the web server stops, so clients reconnect instead of reporting an error: this lifecycle stops first.
 */
@Component
class SignalingHandler extends TextWebSocketHandler implements DisposableBean, SmartLifecycle {
    static final Duration HELLO_TIMEOUT = Duration.ofSeconds(5);
    /** Close code "Service Restart": the server is going away and the client should reconnect (RFC 6455 registry). */
    static final int SERVICE_RESTART = 1012;
    static final String RESTARTING = "server restarting";
    /** How long shutdown waits for the close frames to leave. */
    private static final long CLOSE_WAIT_MILLIS = 2_000;
    private static final Logger log = LoggerFactory.getLogger(SignalingHandler.class);
    /** Writes every socket's outbound queue; virtual threads, so a blocked write costs no platform thread. */
    private final ExecutorService writers = Executors.newVirtualThreadPerTaskExecutor();
    private volatile boolean running;

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
        SignalingSession session = new SignalingSession(socket, writers);
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
        } catch (RuntimeException e) {
            Replies.error(session, request, e);
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
            session.closed();
        }
    }

    /** Closes every socket with 1012 "server restarting" and waits a moment for the frames to leave. */
    void closeAllForShutdown() {
        List<SignalingSession> open = List.copyOf(sessions.values());
        open.forEach(session -> session.close(new CloseStatus(SERVICE_RESTART, RESTARTING)));
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(CLOSE_WAIT_MILLIS);
        while (open.stream().anyMatch(SignalingSession::open) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        log.info("signaling sockets closed for shutdown count={}", open.size());
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        closeAllForShutdown();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public void destroy() {
        timers.shutdownNow();
        writers.shutdownNow();
    }
}
