package dev.parley.server.signaling;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A JDK WebSocket client for /ws on 127.0.0.1: send JSON text, take the server's messages in order, observe the close code. */
final class SignalingTestClient implements AutoCloseable {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final long WAIT_SECONDS = 10;

    private final BlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closeCode = new CompletableFuture<>();
    private final WebSocket socket;

    SignalingTestClient(int port) {
        this.socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .buildAsync(URI.create("ws://127.0.0.1:" + port + "/ws"), new Listener())
                .join();
    }

    /** Connects and says hello with the token; returns after the welcome. */
    static SignalingTestClient authenticated(int port, String token) {
        SignalingTestClient client = new SignalingTestClient(port);
        client.send("{\"type\":\"hello\",\"id\":\"h\",\"token\":\"" + token + "\"}");
        JsonNode welcome = client.next();
        if (!"welcome".equals(welcome.path("type").asString())) {
            throw new IllegalStateException("expected welcome, got " + welcome);
        }
        return client;
    }

    void send(String text) {
        socket.sendText(text, true).join();
    }

    /** The next server message; fails the test after 10 s. */
    JsonNode next() {
        try {
            JsonNode message = messages.poll(WAIT_SECONDS, TimeUnit.SECONDS);
            if (message == null) {
                throw new AssertionError("no message from the server within " + WAIT_SECONDS + " s");
            }
            return message;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The next message of this type, skipping others (events that may interleave). */
    JsonNode next(String type) {
        while (true) {
            JsonNode message = next();
            if (type.equals(message.path("type").asString())) {
                return message;
            }
        }
    }

    /** Sends a request and returns the reply carrying its id. */
    JsonNode request(String json, String id) {
        send(json);
        while (true) {
            JsonNode message = next();
            if (id.equals(message.path("id").asString(null))) {
                return message;
            }
        }
    }

    /** The close code the server sent; fails after {@code seconds}. */
    int awaitClose(long seconds) {
        try {
            return closeCode.get(seconds, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the server did not close the socket within " + seconds + " s", e);
        }
    }

    /** Drops the connection without a close frame, as a crashed tab or a lost network does. */
    void abort() {
        socket.abort();
    }

    /** The next server message, or null when none arrives within {@code millis}. */
    JsonNode poll(long millis) {
        try {
            return messages.poll(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
        }
        socket.abort();
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                messages.add(JSON.readTree(partial.toString()));
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closeCode.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closeCode.completeExceptionally(error);
        }
    }
}
