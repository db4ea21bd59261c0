package dev.parley.server.signaling;

import dev.parley.server.moderation.ModerationChannel;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.springframework.web.socket.CloseStatus;

/** A socket as moderation reaches it: each message becomes one server message of its type (docs/protocol.md). */
final class ModerationSocket {
    /**
     * How long a removed person's socket stays open after the {@code removed} message was queued: the send decorator may still
     * hold it in its buffer, and closing at once could drop it (the person would see a plain disconnect, not why).
     */
    private static final long CLOSE_GRACE_MILLIS = 500;
    /** Close code of a removal: 4000–4999 are for applications (RFC 6455 §7.4.2). */
    private static final int REMOVED = 4001;

    private ModerationSocket() {
    }

    static ModerationChannel of(SignalingSession session) {
        return new ModerationChannel() {
            @Override
            public void send(String type, Object body) {
                session.reply(new Request(type, null, null), type, body);
            }

            @Override
            public void disconnect() {
                CompletableFuture.delayedExecutor(CLOSE_GRACE_MILLIS, TimeUnit.MILLISECONDS)
                        .execute(() -> session.close(new CloseStatus(REMOVED, "removed by host")));
            }
        };
    }
}
