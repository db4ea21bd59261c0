package dev.parley.server.packaged;

import dev.parley.loadtest.bot.ParleyAccounts;
import dev.parley.loadtest.bot.SignalingClient;
import dev.parley.loadtest.bot.SignalingError;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A meeting's people talking over the wire protocol only (REST + {@code /ws}, docs/protocol.md), as the crash tests need
 * them: accounts, a meeting, its conference, everyone joined over signaling, and chat messages whose {@code chat_sent}
 * acknowledgement was received. Knows nothing of the server's insides.
 */
final class ChatCrashClient implements AutoCloseable {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    static final String PASSWORD = "crash-test-password-1";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private final ParleyAccounts accounts;
    private final List<SignalingClient> sockets = new ArrayList<>();
    /** Texts whose chat_sent reply arrived: the server acknowledged them as stored. */
    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();

    ChatCrashClient(URI base) {
        this.base = base;
        this.accounts = new ParleyAccounts(http, base, TIMEOUT);
    }

    Set<String> acknowledged() {
        return acknowledged;
    }

    String token(String username) throws IOException, InterruptedException {
        return accounts.accessToken(username, PASSWORD);
    }

    /** Creates a meeting of {@code host} inviting {@code invitees}; returns its id. */
    long createMeeting(String hostToken, List<String> invitees) throws IOException, InterruptedException {
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.HOURS).plusHours(1);
        ObjectNode body = JSON.createObjectNode().put("title", "Crash test").put("start_time", start.toString())
                .put("end_time", start.plusMinutes(30).toString());
        body.putArray("participants").addAll(invitees.stream().map(JSON.getNodeFactory()::stringNode).toList());
        return post("/meetings/create", hostToken, body, 201).path("id").asLong();
    }

    /** {@code POST /conferences/start}: the conference's JSON (its row {@code id} and live {@code conference_id}). */
    JsonNode startConference(String hostToken, long meetingId) throws IOException, InterruptedException {
        return post("/conferences/start", hostToken, JSON.createObjectNode().put("meeting_id", meetingId), 201);
    }

    /** Join ticket over REST, then hello and join over signaling; returns the joined socket. */
    SignalingClient join(String token, long meetingId) throws Exception {
        JsonNode ticket = post("/meetings/join", token, JSON.createObjectNode().put("meeting_id", meetingId), 200);
        SignalingClient socket = SignalingClient.connect(http, URI.create("ws://" + base.getAuthority() + "/ws"), TIMEOUT,
                event -> { });
        sockets.add(socket);
        socket.request("hello", SignalingClient.fields().put("token", token)).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        socket.request("join", SignalingClient.fields().put("conference_id", ticket.path("conference_id").asString())
                .put("join_token", ticket.path("join_token").asString())).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        return socket;
    }

    /**
     * Sends {@code chat_send} messages one after another until {@code count} were acknowledged or the socket fails (the
     * server was killed); a {@code rate_limited} refusal is retried after a pause.
     */
    void chat(SignalingClient socket, String prefix, int count) {
        for (int i = 0; i < count; ) {
            String text = prefix + "-" + i;
            try {
                JsonNode sent = socket.request("chat_send", SignalingClient.fields().put("text", text))
                        .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
                if (text.equals(sent.path("message").path("text").asString())) {
                    acknowledged.add(text);
                }
                i++;
            } catch (java.util.concurrent.ExecutionException e) {
                if (!(e.getCause() instanceof SignalingError refused) || !"rate_limited".equals(refused.code())) {
                    return;
                }
                pause(100);
            } catch (Exception e) {
                return;
            }
        }
    }

    /** Every message text of the meeting's chat export ({@code GET /meetings/{id}/chat}). */
    Set<String> exported(String token, long meetingId) throws IOException, InterruptedException {
        Set<String> texts = ConcurrentHashMap.newKeySet();
        accounts.get("/meetings/" + meetingId + "/chat", token).path("messages")
                .forEach(m -> texts.add(m.path("text").asString()));
        return texts;
    }

    JsonNode get(String path, String token) throws IOException, InterruptedException {
        return accounts.get(path, token);
    }

    private JsonNode post(String path, String token, JsonNode body, int expected) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IOException("POST " + path + ": HTTP " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        sockets.forEach(SignalingClient::close);
        http.close();
    }
}
