package dev.parley.server.signaling;

import dev.parley.media.sfu.rtp.ReceiveCapabilities;
import dev.parley.server.conference.ConferenceRegistry;
import dev.parley.server.conference.ConferenceUser;
import dev.parley.server.conference.ParticipantChannel;
import java.io.IOException;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;

/**
 * One signaling socket: who authenticated on it, which conference it joined, and its outbound queue. It is the participant's
 * one channel: every feature's messages (conference events, chat, moderation, lobby) go through {@link #send}, which only
 * queues; one task at a time on a virtual thread writes the queue to the socket, so a conference never waits for a slow or
 * dead peer, and a peer that falls {@link #SEND_BUFFER_LIMIT_BYTES} behind is cut off.
 */
final class SignalingSession implements ParticipantChannel {
    private static final Logger log = LoggerFactory.getLogger(SignalingSession.class);
    /** Text queued for a slow peer before it is cut off (a few full subscribe offers). */
    static final long SEND_BUFFER_LIMIT_BYTES = 1024 * 1024;

    private final WebSocketSession socket;
    private final Executor writer;
    /** Text frames (String) and, last, a CloseStatus: written in order by one drain at a time. */
    private final Queue<Object> outbox = new ConcurrentLinkedQueue<>();
    private final AtomicLong queuedChars = new AtomicLong();
    private final AtomicBoolean draining = new AtomicBoolean();
    private volatile ConferenceUser user;
    private volatile ConferenceRegistry.Membership membership;
    /** A join was sent and not answered yet: a second join is refused. */
    private final AtomicBoolean joining = new AtomicBoolean();
    private volatile boolean closed;
    /** What the browser said it decodes in its latest join (docs/protocol.md, join's receive_codecs). */
    private volatile ReceiveCapabilities receiveCapabilities = ReceiveCapabilities.DEFAULT;

    SignalingSession(WebSocketSession socket, Executor writer) {
        this.socket = socket;
        this.writer = writer;
    }

    String socketId() {
        return socket.getId();
    }

    /** False once the socket closed (the peer left, or it was cut off). */
    @Override
    public boolean open() {
        return !closed && socket.isOpen();
    }

    ConferenceUser user() {
        return user;
    }

    void authenticated(ConferenceUser user) {
        this.user = user;
    }

    @Override
    public ReceiveCapabilities receiveCapabilities() {
        return receiveCapabilities;
    }

    void receiveCapabilities(ReceiveCapabilities capabilities) {
        this.receiveCapabilities = capabilities;
    }

    ConferenceRegistry.Membership membership() {
        return membership;
    }

    /** Claims the socket's one join; false when it is in a conference or a join is under way. */
    boolean startJoin() {
        return membership == null && joining.compareAndSet(false, true);
    }

    /**
     * The join succeeded (on the conference's executor, before the joined reply). When the socket closed meanwhile the new
     * participant leaves at once: whichever of this and {@link #leaveConference} runs second sees the other's write.
     */
    void joined(ConferenceRegistry.Membership joined) {
        membership = joined;
        joining.set(false);
        if (closed) {
            leaveConference();
        }
    }

    /** Forgets the conference this socket is in without leaving it (its seat is being resumed on this socket). */
    ConferenceRegistry.Membership releaseMembership() {
        if (joining.get()) {
            return null;
        }
        ConferenceRegistry.Membership released = membership;
        membership = null;
        return released;
    }

    void joinFailed() {
        joining.set(false);
    }

    /** Leaves the joined conference, if any; safe to call twice. Completes once the participant is gone. */
    CompletableFuture<Void> leaveConference() {
        ConferenceRegistry.Membership left = membership;
        membership = null;
        return left == null ? CompletableFuture.completedFuture(null) : left.conference().leave(left.participantId());
    }

    /**
     * The socket closed: stop writing, and tell the conference, where a resumable seat waits for a reconnect and any other
     * participant leaves.
     */
    void closed() {
        closed = true;
        outbox.clear();
        ConferenceRegistry.Membership lost = membership;
        membership = null;
        if (lost != null) {
            lost.conference().socketLost(lost.participantId(), this);
        }
    }

    /** A reply to {@code request}: {@code type}, the request's id, then the body's fields. */
    void reply(Request request, String type, Object body) {
        enqueue(SignalingJson.write(type, request.id(), body));
    }

    void error(String id, String code, String message) {
        enqueue(SignalingJson.error(id, code, message));
    }

    /** A server message that answers no request: {@code type}, then the body's fields. */
    @Override
    public void send(String type, Object body) {
        enqueue(SignalingJson.write(type, null, body));
    }

    /** Closes after the messages queued so far have been written (a removal notice must arrive before the close). */
    @Override
    public void disconnect(int code, String reason) {
        close(new CloseStatus(code, reason));
    }

    void close(CloseStatus status) {
        outbox.add(status);
        drain();
    }

    private void enqueue(String text) {
        if (closed) {
            return;
        }
        if (queuedChars.addAndGet(text.length()) > SEND_BUFFER_LIMIT_BYTES) {
            log.info("signaling peer too slow, closing socket={}", socket.getId());
            closed = true;
            outbox.clear();
            // Not on this thread: the writer may be blocked in a send to this very peer.
            Thread.ofVirtual().start(() -> closeNow(CloseStatus.POLICY_VIOLATION.withReason("too slow")));
            return;
        }
        outbox.add(text);
        drain();
    }

    private void drain() {
        if (draining.compareAndSet(false, true)) {
            writer.execute(this::write);
        }
    }

    private void write() {
        try {
            Object item;
            while ((item = outbox.poll()) != null) {
                if (item instanceof String text) {
                    queuedChars.addAndGet(-text.length());
                    if (socket.isOpen()) {
                        socket.sendMessage(new TextMessage(text));
                    }
                } else if (item instanceof CloseStatus status) {
                    closeNow(status);
                }
            }
        } catch (IOException | RuntimeException e) {
            // The container reports the broken socket through afterConnectionClosed, which cleans up.
            log.debug("signaling send failed socket={} error={}", socket.getId(), e.toString());
            outbox.clear();
        } finally {
            draining.set(false);
            if (!outbox.isEmpty()) {
                drain();
            }
        }
    }

    private void closeNow(CloseStatus status) {
        try {
            socket.close(status);
        } catch (IOException | RuntimeException e) {
            log.debug("closing signaling socket failed socket={}", socket.getId(), e);
        }
    }
}
