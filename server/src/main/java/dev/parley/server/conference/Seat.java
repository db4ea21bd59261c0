package dev.parley.server.conference;

import dev.parley.media.sfu.rtp.ReceiveCapabilities;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A participant's place in the conference, kept across socket drops: the channel every feature sends through, which forwards
 * to the current socket, or holds the messages while the participant is away (socket lost, page reloading) so a resume
 * delivers what they missed, in order, without repeating anything. Only a participant that asked for it at join is
 * {@link #resumable()}: it gets an unguessable resume token, and losing its socket makes it away instead of leaving.
 * Used on the conference's executor only.
 */
final class Seat implements ParticipantChannel {
    /**
     * Messages held for an away participant. A 30 s absence in a busy call (chat, hands, offers) stays far below; a seat that
     * overflows can only be resumed with fresh media (a reload), which needs none of them.
     */
    static final int MAX_HELD = 1_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private record Held(String type, Object body) {
    }

    private final String resumeToken;
    private ParticipantChannel socket;
    /** What the client decodes (its join's receive_codecs); kept while away, renewed by the socket that takes the seat. */
    private ReceiveCapabilities decodable;
    private final List<Held> held = new ArrayList<>();
    private boolean overflowed;
    /** Counts absences, so a grace expiry scheduled for an earlier one does nothing after a resume. */
    private int absences;

    Seat(ParticipantChannel socket, boolean resumable) {
        this.socket = socket;
        this.decodable = socket.receiveCapabilities();
        this.resumeToken = resumable ? newToken() : null;
    }

    @Override
    public ReceiveCapabilities receiveCapabilities() {
        return decodable;
    }

    /** 256 random bits, base64url: a token cannot be guessed, and it is bound to this seat only (one conference, one person). */
    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    boolean resumable() {
        return resumeToken != null;
    }

    /** The token for the joined reply; null when the participant did not ask to be resumable. */
    String resumeToken() {
        return resumeToken;
    }

    /** Whether {@code token} is this seat's, compared in constant time (no timing oracle on the token's bytes). */
    boolean matches(String token) {
        return resumeToken != null && token != null && MessageDigest.isEqual(
                resumeToken.getBytes(StandardCharsets.US_ASCII), token.getBytes(StandardCharsets.US_ASCII));
    }

    /** The socket the seat forwards to now, or null while away. */
    ParticipantChannel socket() {
        return socket;
    }

    boolean away() {
        return socket == null;
    }

    boolean overflowed() {
        return overflowed;
    }

    int absences() {
        return absences;
    }

    /** The socket was lost: hold messages from now on. */
    void leaveSocket() {
        socket = null;
        absences++;
    }

    /** A new socket takes the seat; what was held waits for {@link #deliverHeld}, so the resume's reply goes first. */
    void attach(ParticipantChannel newSocket) {
        socket = newSocket;
        decodable = newSocket.receiveCapabilities();
    }

    /**
     * @param deliver true when the client kept its state (only its socket dropped): it gets what it missed, in order; false
     *                for a fresh client (a reload), which is sent the whole state anew instead
     */
    void deliverHeld(boolean deliver) {
        if (deliver && socket != null) {
            held.forEach(message -> socket.send(message.type(), message.body()));
        }
        held.clear();
        overflowed = false;
    }

    @Override
    public void send(String type, Object body) {
        if (socket != null) {
            socket.send(type, body);
        } else if (held.size() < MAX_HELD) {
            held.add(new Held(type, body));
        } else {
            overflowed = true;
        }
    }

    @Override
    public void disconnect(int code, String reason) {
        if (socket != null) {
            socket.disconnect(code, reason);
        }
    }

    @Override
    public boolean open() {
        return socket != null && socket.open();
    }
}
