package dev.parley.loadtest.bot;

import java.net.URI;
import java.time.Duration;

/**
 * Who a bot is and what it does.
 *
 * @param server       the server's HTTP base, e.g. {@code http://127.0.0.1:8080} (the WebSocket is {@code /ws} on it)
 * @param username     account name; registered on first use
 * @param password     at least 10 characters (the server's rule)
 * @param conferenceId an ad-hoc conference id ({@code [a-z0-9-]{3,64}}) any signed-in user may join
 * @param video        the synthetic camera's format
 * @param audio        whether to publish a synthetic microphone (Opus) as well
 * @param timeout      how long each step (sign-in, join, publish, one negotiation) may take
 * @param resumable    whether to join {@code resumable} (docs/protocol.md, Reconnecting): a dropped socket then keeps the
 *                     seat for the server's reconnect grace instead of leaving at once (the bot itself never resumes)
 */
public record BotSettings(URI server, String username, String password, String conferenceId, VideoFormat video,
                          boolean audio, Duration timeout, boolean resumable) {

    public static BotSettings of(URI server, String username, String conferenceId) {
        return new BotSettings(server, username, "bot-password-" + username, conferenceId, VideoFormat.THUMBNAIL, false,
                Duration.ofSeconds(15), false);
    }

    public BotSettings withVideo(VideoFormat format) {
        return new BotSettings(server, username, password, conferenceId, format, audio, timeout, resumable);
    }

    public BotSettings withAudio(boolean enabled) {
        return new BotSettings(server, username, password, conferenceId, video, enabled, timeout, resumable);
    }

    public BotSettings withResumable(boolean enabled) {
        return new BotSettings(server, username, password, conferenceId, video, audio, timeout, enabled);
    }

    /** The signaling endpoint: same host and port, {@code ws} scheme (or {@code wss} for https). */
    URI signalingUri() {
        String scheme = "https".equals(server.getScheme()) ? "wss" : "ws";
        return URI.create(scheme + "://" + server.getAuthority() + "/ws");
    }
}
