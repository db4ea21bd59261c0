package dev.parley.media.transport.ice;

import dev.parley.media.wire.stun.StunMessage;
import dev.parley.media.wire.stun.StunMessageBuilder;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.function.LongSupplier;

/**
 * The ICE-lite side of one peer connection (RFC 8445 §2.5): it never sends checks, it answers the full agent's checks,
 * learns the peer's address from them and keeps consent alive while they keep coming.
 *
 * <ol>
 *   <li>A check is valid (RFC 8445 §7.3, RFC 8489 §9.1.3) if FINGERPRINT is right, USERNAME is
 *       "localUfrag:remoteUfrag", and MESSAGE-INTEGRITY matches the local password. Invalid checks get no answer (silence
 *       gives an attacker nothing to learn and costs nothing); the caller counts them.</li>
 *   <li>A valid check is answered with a Binding success carrying XOR-MAPPED-ADDRESS = the check's observed source
 *       (never an assumed address), MESSAGE-INTEGRITY with the local password and FINGERPRINT.</li>
 *   <li>Selected address (RFC 8445 §7.3.1.5, lite agent): the source of the first valid check, replaced by the source of
 *       a check carrying USE-CANDIDATE (the controlling agent's nomination).</li>
 *   <li>Consent (RFC 7675): every valid check refreshes it; {@link #consentExpired} tells the owner when none came for too
 *       long. Chromium sends a check every ~2.5 s on the selected pair. The clock starts only once the peer can check:
 *       when its parameters are known (from its SDP) or its first valid check came, see {@link #consentExpired}.</li>
 * </ol>
 * A check arrives at a source address over a path: {@code null} for the shared UDP port, or the connection it came on (ICE-TCP,
 * RFC 6544, where one TCP connection carries one candidate pair). The selection is the pair of both, so a UDP source and a TCP
 * connection from the same address and port are never confused.
 *
 * <p>Threading: {@link #onBindingRequest} runs on the UDP reader thread or the TCP reader thread; it is synchronized (checks come
 * every ~2.5 s per pair, not per packet). The selection and the consent time are volatile so senders and the timeout sweep read
 * them without a lock.
 *
 * @param <P> what a check's path is (the transport's TCP connection type)
 */
public final class IceLiteAgent<P> {

    /** Where media goes: the source of the selected check and the path it came over (null = the UDP port). */
    public record Selection<P>(InetSocketAddress address, P path) {
    }

    private final IceParameters local;
    private final byte[] localKey;
    private final LongSupplier clockMillis;
    /** When the peer's parameters became known (creation or {@link #setRemote}); -1 while they are not. */
    private volatile long remoteKnownMillis;
    private volatile IceParameters remote;
    private volatile long lastValidCheckMillis = -1;
    private volatile Selection<P> selected;
    /** Guarded by this. */
    private boolean nominated;

    /**
     * @param local our ufrag/pwd (the ones in our SDP)
     * @param remote the peer's ufrag/pwd from its SDP, or null to accept any remote ufrag until {@link #setRemote} is called
     * @param clockMillis time source in milliseconds
     */
    public IceLiteAgent(IceParameters local, IceParameters remote, LongSupplier clockMillis) {
        this.local = local;
        this.remote = remote;
        this.localKey = local.pwd().getBytes(StandardCharsets.UTF_8);
        this.clockMillis = clockMillis;
        this.remoteKnownMillis = remote == null ? -1 : clockMillis.getAsLong();
    }

    /** Sets the peer's parameters once its SDP is known; the peer has a full consent timeout from now to check. */
    public void setRemote(IceParameters remote) {
        this.remote = remote;
        this.remoteKnownMillis = clockMillis.getAsLong();
    }

    /** Our credentials. */
    public IceParameters local() {
        return local;
    }

    /**
     * Judges one Binding request addressed to this agent and builds the answer.
     *
     * @param msg the parsed request
     * @param buf the datagram the request was parsed from (needed to verify MESSAGE-INTEGRITY and FINGERPRINT)
     * @param source where the request came from, as observed on the socket
     */
    public IceCheckResult onBindingRequest(StunMessage msg, byte[] buf, int off, InetSocketAddress source) {
        return onBindingRequest(msg, buf, off, source, null);
    }

    /**
     * Like {@link #onBindingRequest(StunMessage, byte[], int, InetSocketAddress)} for a check that came over {@code path}
     * (null = the UDP port).
     */
    public synchronized IceCheckResult onBindingRequest(StunMessage msg, byte[] buf, int off, InetSocketAddress source,
            P path) {
        if (!msg.verifyFingerprint(buf, off)) {
            return IceCheckResult.refused(IceCheckVerdict.BAD_FINGERPRINT);
        }
        if (!usernameMatches(msg.username())) {
            return IceCheckResult.refused(IceCheckVerdict.BAD_USERNAME);
        }
        if (!msg.verifyIntegrity(buf, off, localKey)) {
            return IceCheckResult.refused(IceCheckVerdict.BAD_INTEGRITY);
        }
        lastValidCheckMillis = clockMillis.getAsLong();
        Selection<P> from = new Selection<>(source, path);
        boolean changed = false;
        if (msg.useCandidate() && (!nominated || !from.equals(selected))) {
            nominated = true;
            changed = !from.equals(selected);
            selected = from;
        } else if (selected == null) {
            selected = from;
            changed = true;
        }
        byte[] response = new StunMessageBuilder(StunMessage.BINDING_SUCCESS, msg.transactionId())
                .xorMappedAddress(source)
                .build(localKey, true);
        return new IceCheckResult(IceCheckVerdict.OK, response, changed);
    }

    /** The address media goes to, or null before the first valid check. */
    public InetSocketAddress selectedAddress() {
        Selection<P> current = selected;
        return current == null ? null : current.address();
    }

    /** The selected address with its path, or null before the first valid check. */
    public Selection<P> selection() {
        return selected;
    }

    /** True once any check was valid. */
    public boolean everValidated() {
        return lastValidCheckMillis >= 0;
    }

    /**
     * True if no valid check arrived during the last {@code timeoutMillis}, counted from the later of the last valid check
     * and the moment the peer's parameters became known. Never while neither happened: a peer connection that was never
     * negotiated cannot check (the browser's send connection of someone without camera and microphone, the receive
     * connection of someone alone in a conference: nothing to offer yet). Judging those failed after the timeout made
     * such people leave and rejoin every 30 s (issue 12); they cost a map entry until the owner closes them.
     */
    public boolean consentExpired(long timeoutMillis) {
        long last = Math.max(lastValidCheckMillis, remoteKnownMillis);
        return last >= 0 && clockMillis.getAsLong() - last > timeoutMillis;
    }

    /** The local ufrag a USERNAME names ("local:remote" → "local"), or null if there is no colon. */
    public static String localUfragOf(String username) {
        if (username == null) {
            return null;
        }
        int colon = username.indexOf(':');
        return colon <= 0 ? null : username.substring(0, colon);
    }

    private boolean usernameMatches(String username) {
        if (username == null) {
            return false;
        }
        int colon = username.indexOf(':');
        if (colon < 0 || !username.regionMatches(0, local.ufrag(), 0, colon) || colon != local.ufrag().length()) {
            return false;
        }
        IceParameters peer = remote;
        return peer == null || username.substring(colon + 1).equals(peer.ufrag());
    }
}
