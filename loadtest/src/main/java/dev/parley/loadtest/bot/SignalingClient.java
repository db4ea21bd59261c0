package dev.parley.loadtest.bot;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client of Parley's signaling WebSocket ({@code docs/protocol.md}) on the JDK's {@link WebSocket}: requests carry an
 * {@code id} and complete with the server's reply of the same id (or fail with {@link SignalingError}); every other message
 * is an event handed to the listener, in arrival order, on the WebSocket's thread (the listener must not block).
 */
public final class SignalingClient implements AutoCloseable {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final AtomicLong nextId = new AtomicLong();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final Consumer<JsonNode> events;
    private final WebSocket socket;

    private SignalingClient(HttpClient http, URI uri, Duration timeout, Consumer<JsonNode> events) {
        this.events = events;
        this.socket = http.newWebSocketBuilder().connectTimeout(timeout).buildAsync(uri, new Listener()).join();
    }

    /** Opens the socket; {@code events} receives every server message that is not a reply. */
    public static SignalingClient connect(HttpClient http, URI uri, Duration timeout, Consumer<JsonNode> events) {
        return new SignalingClient(http, uri, timeout, events);
    }

    /** A fresh JSON object for a request's fields. */
    public static ObjectNode fields() {
        return JSON.createObjectNode();
    }

    /** Sends {@code {type, id, ...fields}}; completes with the reply or fails with {@link SignalingError}. */
    public CompletableFuture<JsonNode> request(String type, ObjectNode fields) {
        String id = Long.toString(nextId.incrementAndGet());
        ObjectNode message = JSON.createObjectNode().put("type", type).put("id", id);
        message.setAll(fields);
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, new Pending(type, reply));
        // The JDK WebSocket allows one outstanding send; requests come from several threads, so serialize them here.
        synchronized (socket) {
            socket.sendText(JSON.writeValueAsString(message), true).join();
        }
        return reply;
    }

    /** Completes with the close code when the server closes the socket. */
    public CompletableFuture<Integer> closed() {
        return closed;
    }

    @Override
    public void close() {
        synchronized (socket) {
            if (!socket.isOutputClosed()) {
                socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").exceptionally(e -> null);
            }
        }
        abort();
    }

    /** Drops the connection without a WebSocket close frame, as a lost network or a killed tab would (the server sees 1006). */
    public void abort() {
        socket.abort();
        pending.values().forEach(p -> p.reply().completeExceptionally(new IllegalStateException("signaling closed")));
    }

    private void dispatch(String text) {
        JsonNode message = JSON.readTree(text);
        String id = message.path("id").isString() ? message.get("id").asString() : null;
        Pending request = id == null ? null : pending.remove(id);
        if (request == null) {
            events.accept(message);
        } else if ("error".equals(message.path("type").asString())) {
            request.reply().completeExceptionally(new SignalingError(request.type(),
                    message.path("code").asString(), message.path("message").asString()));
        } else {
            request.reply().complete(message);
        }
    }

    /** A request waiting for its reply; the type names it in errors. */
    private record Pending(String type, CompletableFuture<JsonNode> reply) {
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                dispatch(text);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(statusCode);
            pending.values().forEach(p -> p.reply().completeExceptionally(
                    new IllegalStateException("signaling closed by the server: " + statusCode + " " + reason)));
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.completeExceptionally(error);
            pending.values().forEach(p -> p.reply().completeExceptionally(error));
        }
    }
}
