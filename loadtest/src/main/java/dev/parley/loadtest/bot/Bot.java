package dev.parley.loadtest.bot;

import java.io.IOException;
import java.net.http.HttpClient;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A Parley participant without a browser: it signs in over REST, says {@code hello} on {@code /ws}, joins a conference,
 * publishes a {@link SyntheticCamera} (and optionally a {@link SilentMicrophone}) on its send connection and answers
 * every {@code subscribe_offer} on its recv connection, counting the frames it decodes from each other participant.
 *
 * <p>Threads: every signaling step and event runs on the bot's own single thread, in order (like the browser client's
 * negotiation queue), so a {@code subscribe_offer} never interleaves with a publish. libwebrtc callbacks never block.
 */
public final class Bot implements AutoCloseable {
    /** The protocol's heartbeat: the server closes sockets silent for 60 s. */
    private static final long PING_SECONDS = 15;

    private final BotSettings settings;
    /**
     * This bot's own libwebrtc (threads, encoders, decoders), as a browser tab has its own: ten bots sharing one factory
     * crashed libwebrtc (SIGSEGV on its native threads) on this machine, one factory each ran clean.
     */
    private final WebRtcEngine engine;
    private final ScheduledExecutorService thread;
    private final List<Throwable> failures = new CopyOnWriteArrayList<>();
    private final SyntheticCamera camera;
    private final SilentMicrophone microphone;
    private final String accessToken;
    private final SignalingClient signaling;
    private final SendConnection send;
    private final RecvConnection recv;
    /** Native objects are released once; touched only on the bot's thread. */
    private boolean mediaClosed;
    private volatile String participantId;
    private volatile long joinRequestedNanos;
    private volatile List<String> producerIds = List.of();

    private Bot(HttpClient http, BotSettings settings, int tint, String accessToken) {
        this.settings = settings;
        this.thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread t = new Thread(runnable, "bot-" + settings.username());
            t.setDaemon(true);
            return t;
        });
        this.accessToken = accessToken;
        this.engine = new WebRtcEngine();
        this.camera = new SyntheticCamera(engine, settings.username() + "-camera", settings.video(), tint);
        this.microphone = settings.audio() ? new SilentMicrophone(engine, settings.username() + "-microphone") : null;
        this.signaling = SignalingClient.connect(http, settings.signalingUri(), settings.timeout(),
                event -> thread.execute(() -> onEvent(event)));
        this.send = new SendConnection(engine, settings.timeout());
        this.recv = new RecvConnection(engine, settings.timeout(), System::nanoTime);
    }

    /**
     * Signs in (registering the account if needed), joins {@code settings.conferenceId()} and publishes; returns once the
     * server answered the publish. {@code tint} colours this bot's picture.
     */
    public static Bot join(HttpClient http, BotSettings settings, int tint) throws IOException, InterruptedException {
        String token = new ParleyAccounts(http, settings.server(), settings.timeout())
                .accessToken(settings.username(), settings.password());
        return join(http, settings, tint, token);
    }

    /**
     * As {@link #join(HttpClient, BotSettings, int)} with an access token obtained before (a soak joins the same accounts
     * again and again, and every login is an Argon2 hash on the server).
     */
    public static Bot join(HttpClient http, BotSettings settings, int tint, String accessToken) {
        Bot bot = new Bot(http, settings, tint, accessToken);
        try {
            Waits.await(CompletableFuture.runAsync(bot::helloJoinPublish, bot.thread),
                    settings.timeout().multipliedBy(3), settings.username() + " joining");
        } catch (RuntimeException e) {
            bot.close();
            throw e;
        }
        bot.thread.scheduleAtFixedRate(bot::ping, PING_SECONDS, PING_SECONDS, TimeUnit.SECONDS);
        return bot;
    }

    private void helloJoinPublish() {
        request("hello", SignalingClient.fields().put("token", accessToken));
        joinRequestedNanos = System.nanoTime();
        ObjectNode join = SignalingClient.fields().put("conference_id", settings.conferenceId());
        if (settings.resumable()) {
            join.put("resumable", true);
        }
        JsonNode joined = request("join", join);
        participantId = joined.path("participant_id").asString();
        camera.start();
        send.add(camera.track(), "camera", participantId);
        if (microphone != null) {
            send.add(microphone.track(), "microphone", participantId);
        }
        producerIds = List.copyOf(send.publish(fields -> request("publish", fields)));
    }

    private void onEvent(JsonNode event) {
        try {
            if ("subscribe_offer".equals(event.path("type").asString()) && !mediaClosed) {
                String answer = recv.answer(event);
                request("subscribe_answer", SignalingClient.fields()
                        .put("version", event.path("version").asLong()).put("sdp", answer));
            }
        } catch (RuntimeException e) {
            failures.add(e);
        }
    }

    private void ping() {
        signaling.request("ping", SignalingClient.fields()).exceptionally(e -> null);
    }

    private JsonNode request(String type, ObjectNode fields) {
        return Waits.await(signaling.request(type, fields), settings.timeout(), settings.username() + " " + type);
    }

    public String username() {
        return settings.username();
    }

    /** This bot's participant id in the conference (also its msid stream id). */
    public String participantId() {
        return participantId;
    }

    /** The access token it signed in with (for REST calls such as the conference's stats). */
    public String accessToken() {
        return accessToken;
    }

    /** {@link System#nanoTime()} when the join request was sent. */
    public long joinRequestedNanos() {
        return joinRequestedNanos;
    }

    /** The Producers the server created for this bot's tracks. */
    public List<String> producerIds() {
        return producerIds;
    }

    /** Frames received per remote participant (ended subscriptions included), by participant id. */
    public Map<String, RemoteVideo.Snapshot> remoteVideos() {
        return recv.remoteVideos().values().stream()
                .collect(Collectors.toUnmodifiableMap(RemoteVideo::participantId, RemoteVideo::snapshot));
    }

    /** Frames this bot's camera pushed into libwebrtc so far. */
    public long framesSent() {
        return camera.framesPushed();
    }

    /** The recv connection's getStats, summed over its inbound streams. */
    public ReceiverStats receiverStats() {
        return Waits.await(CompletableFuture.supplyAsync(recv::stats, thread), settings.timeout(),
                settings.username() + " getStats");
    }

    /** Failures while handling server events (answering offers); empty when all went well. */
    public List<Throwable> failures() {
        return List.copyOf(failures);
    }

    /** Peer connection states, for diagnostics: {@code send=CONNECTED recv=CONNECTED}. */
    public String connectionStates() {
        return "send=" + send.state() + " recv=" + recv.state();
    }

    /** Leaves the conference ({@code leave}, then closes both connections); the socket stays open until {@link #close}. */
    public void leave() {
        Waits.await(CompletableFuture.runAsync(() -> {
            request("leave", SignalingClient.fields());
            closeMedia();
        }, thread), settings.timeout(), settings.username() + " leaving");
    }

    private void closeMedia() {
        if (mediaClosed) {
            return;
        }
        mediaClosed = true;
        // Connections first: their senders hold references to the tracks, which cannot be disposed while referenced.
        send.close();
        recv.close();
        camera.close();
        if (microphone != null) {
            microphone.close();
        }
    }

    /** Closes the socket (which leaves the conference if still in it) and releases every native object. */
    @Override
    public void close() {
        signaling.close();
        release();
    }

    /**
     * Goes away without a goodbye: the socket is dropped without a close frame (no {@code leave}), then the native objects
     * are released. A non-resumable seat is gone at once; a resumable one waits for the server's reconnect grace.
     */
    public void drop() {
        signaling.abort();
        release();
    }

    private void release() {
        try {
            CompletableFuture.runAsync(this::closeMedia, thread).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            failures.add(e);
        }
        thread.shutdownNow();
        engine.close();
    }
}
