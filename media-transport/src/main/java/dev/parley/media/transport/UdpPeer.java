package dev.parley.media.transport;

import dev.parley.media.transport.dtls.DtlsFailure;
import dev.parley.media.transport.dtls.DtlsHandshake;
import dev.parley.media.transport.ice.IceCheckResult;
import dev.parley.media.transport.ice.IceLiteAgent;
import dev.parley.media.transport.ice.IceParameters;
import dev.parley.media.transport.srtp.PacketView;
import dev.parley.media.transport.srtp.SrtpKeys;
import dev.parley.media.transport.srtp.SrtpProfile;
import dev.parley.media.transport.srtp.SrtpResult;
import dev.parley.media.transport.srtp.SrtpSession;
import dev.parley.media.wire.sdp.DtlsFingerprint;
import dev.parley.media.wire.stun.StunMessage;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One remote peer on the shared UDP port, as the packet layer sees it: its ICE-lite agent (which source addresses may talk to
 * us, consent freshness), its DTLS handshake and the SRTP contexts the handshake keys. It turns the peer's datagrams into
 * decrypted RTP/RTCP and protects what is sent to it; it knows nothing of RTP streams, Producers or Consumers. The SFU's
 * WebRtcTransport — the one name for the whole ICE+DTLS+SRTP association with a browser — owns exactly one UdpPeer.
 *
 * <p>Lifecycle: created by {@link UdpEndpoint#createPeer}; the browser's checks select an address (ICE-lite), its
 * ClientHello starts DTLS, the exported keys create SRTP contexts and {@link Listener#onConnected} fires. Media
 * then flows both ways until {@link #close()}, a consent timeout, a DTLS failure or the endpoint closing; the listener
 * hears {@link Listener#onClosed} once.
 *
 * <p>Threading: datagrams arrive on the endpoint's reader thread (ICE-TCP frames on the TCP port's thread); {@link #sendRtp}/{@link #sendRtcp} may be called from
 * any thread (one sender thread per SSRC keeps the SRTP contexts uncontended). State shared between threads is volatile.
 */
public final class UdpPeer {

    /**
     * What a {@link UdpPeer} reports to its owner (the SFU's WebRtcTransport).
     *
     * <p>{@link #onRtp} and {@link #onRtcp} run on the endpoint's UDP reader thread (or its ICE-TCP thread for a peer on TCP;
     * both, briefly, while a browser moves between them) and hand over views into the
     * reader's reused buffer: the bytes are valid only during the call. Copy what you keep, post work to your own event loop,
     * never block. {@link #onConnected} runs on the DTLS thread, {@link #onClosed} on whichever thread closed the peer.
     */
    public interface Listener {

        /** ICE has a selected address and DTLS finished: SRTP keys are in place, {@code send*} works from now on. */
        void onConnected();

        /** A decrypted, authenticated RTP packet at {@code buf[off, off + len)}. */
        void onRtp(byte[] buf, int off, int len);

        /** A decrypted, authenticated RTCP compound packet at {@code buf[off, off + len)}. */
        void onRtcp(byte[] buf, int off, int len);

        /** The peer ended; called exactly once. */
        void onClosed(CloseReason reason);
    }

    /**
     * Bytes a caller of {@link #sendRtp}/{@link #sendRtcp} should leave free after the packet in its buffer so that
     * protecting needs no copy: the largest tag (16, AES-GCM) plus the SRTCP index (4).
     */
    public static final int SRTP_OVERHEAD = 20;

    private static final Logger LOG = LoggerFactory.getLogger(UdpPeer.class);
    private static final ThreadLocal<PacketView> SEND_VIEW = ThreadLocal.withInitial(PacketView::new);
    /** Per thread: a peer's packets may arrive on the UDP reader and on the ICE-TCP thread. */
    private static final ThreadLocal<PacketView> RECEIVE_VIEW = ThreadLocal.withInitial(PacketView::new);

    private final UdpEndpoint endpoint;
    private final IceLiteAgent<TcpConnection> ice;
    private final DtlsHandshake dtls;
    private final Listener listener;
    private final TrafficCounters counters;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile SrtpSession srtp;

    UdpPeer(UdpEndpoint endpoint, IceParameters local, IceParameters remote, DtlsFingerprint remoteFingerprint,
            Listener listener, TrafficCounters endpointCounters) {
        this.endpoint = endpoint;
        this.listener = listener;
        this.counters = new TrafficCounters(endpointCounters);
        this.ice = new IceLiteAgent<>(local, remote, endpoint.config().clockMillis());
        this.dtls = new DtlsHandshake(endpoint.config().certificate(), remoteFingerprint, this::sendDtls,
                endpoint.config().dtlsExecutor(), endpoint.config().dtlsTimeout(), new DtlsEvents());
    }

    /** Our ICE ufrag/pwd, for the SDP answer. */
    public IceParameters localIce() {
        return ice.local();
    }

    /** Our certificate fingerprint, for the SDP answer ({@code a=fingerprint:sha-256 ...}). */
    public DtlsFingerprint localFingerprint() {
        return endpoint.config().certificate().fingerprint();
    }

    /**
     * Supplies the peer's parameters when they were not known at creation (a server-made offer answered later).
     * Checks are answered before this; DTLS waits for the fingerprint.
     */
    public void setRemoteParameters(IceParameters remoteIce, DtlsFingerprint remoteFingerprint) {
        ice.setRemote(remoteIce);
        dtls.setRemoteFingerprint(remoteFingerprint);
    }

    /** True once SRTP keys exist and the peer is not closed. */
    public boolean isConnected() {
        return srtp != null && !closed.get();
    }

    /** True after close, for whatever reason. */
    public boolean isClosed() {
        return closed.get();
    }

    /** Where media goes: the ICE-selected remote address, or null before the first valid check. */
    public InetSocketAddress remoteAddress() {
        return ice.selectedAddress();
    }

    /** The negotiated SRTP profile, or null before DTLS finished. */
    public SrtpProfile srtpProfile() {
        SrtpSession current = srtp;
        return current == null ? null : current.profile();
    }

    /**
     * Protects an RTP packet in place and sends it to the selected address. The bytes {@code buf[off, off + len)} are
     * overwritten with ciphertext and the tag is written after them: leave {@link #SRTP_OVERHEAD} free bytes there, or
     * the packet is copied.
     *
     * @return false if dropped (not connected, protection failed, socket error); the drop is counted
     */
    public boolean sendRtp(byte[] buf, int off, int len) {
        return send(buf, off, len, false);
    }

    /** Like {@link #sendRtp} for an RTCP compound packet (SRTCP adds the index and the tag). */
    public boolean sendRtcp(byte[] buf, int off, int len) {
        return send(buf, off, len, true);
    }

    /** Closes the peer: close_notify to the peer, the address is forgotten, the listener hears LOCAL_CLOSE. */
    public void close() {
        close(CloseReason.LOCAL_CLOSE);
    }

    /** Counters of this peer. */
    public TrafficStats stats() {
        return counters.snapshot();
    }

    // ---- called by UdpEndpoint on the reader thread ----

    /** @param via the ICE-TCP connection the check came on, or null for the UDP port */
    void onBindingRequest(StunMessage msg, byte[] buf, int len, InetSocketAddress source, TcpConnection via) {
        counters.received(len);
        IceCheckResult result = ice.onBindingRequest(msg, buf, 0, source, via);
        if (!result.ok()) {
            counters.drop(switch (result.verdict()) {
                case BAD_USERNAME -> DropReason.ICE_BAD_USERNAME;
                case BAD_INTEGRITY -> DropReason.ICE_BAD_INTEGRITY;
                default -> DropReason.ICE_BAD_FINGERPRINT;
            });
            return;
        }
        if (via == null) {
            endpoint.validated(source, this);
        } else {
            via.bind(this);
        }
        sendOn(new IceLiteAgent.Selection<>(source, via), result.response(), 0, result.response().length);
    }

    void onTruncated(int len) {
        counters.received(len);
        counters.drop(DropReason.TRUNCATED);
    }

    void onDtls(byte[] buf, int off, int len) {
        counters.received(len);
        if (!dtls.offer(buf, off, len)) {
            counters.drop(closed.get() || srtp != null ? DropReason.DTLS_UNEXPECTED : DropReason.DTLS_QUEUE_FULL);
        }
    }

    void onMedia(byte[] buf, int off, int len, boolean rtcp) {
        counters.received(len);
        SrtpSession current = srtp;
        if (current == null) {
            counters.drop(DropReason.SRTP_NOT_READY);
            return;
        }
        PacketView view = RECEIVE_VIEW.get().set(buf, off, len);
        SrtpResult result = rtcp ? current.unprotectRtcp(view) : current.unprotectRtp(view);
        if (result != SrtpResult.OK) {
            counters.drop(dropReason(result));
            return;
        }
        if (rtcp) {
            listener.onRtcp(view.getBuffer(), view.getOffset(), view.getLength());
        } else {
            listener.onRtp(view.getBuffer(), view.getOffset(), view.getLength());
        }
    }

    /** Closes with the consent reason if no valid check came for too long; called by the endpoint's sweep. */
    void expireIfSilent(long consentTimeoutMillis) {
        if (ice.consentExpired(consentTimeoutMillis)) {
            close(ice.everValidated() ? CloseReason.ICE_CONSENT_EXPIRED : CloseReason.ICE_TIMEOUT);
        }
    }

    String localUfrag() {
        return ice.local().ufrag();
    }

    void close(CloseReason reason) {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        dtls.close();
        endpoint.forget(this);
        SrtpSession current = srtp;
        if (current != null) {
            current.close();
        }
        listener.onClosed(reason);
    }

    private boolean send(byte[] buf, int off, int len, boolean rtcp) {
        SrtpSession current = srtp;
        IceLiteAgent.Selection<TcpConnection> to = ice.selection();
        if (current == null || to == null || closed.get()) {
            counters.drop(DropReason.NOT_CONNECTED);
            return false;
        }
        PacketView view = SEND_VIEW.get().set(buf, off, len);
        SrtpResult result = rtcp ? current.protectRtcp(view) : current.protectRtp(view);
        if (result != SrtpResult.OK) {
            counters.drop(dropReason(result));
            return false;
        }
        return sendOn(to, view.getBuffer(), view.getOffset(), view.getLength());
    }

    private void sendDtls(byte[] buf, int off, int len) {
        IceLiteAgent.Selection<TcpConnection> to = ice.selection();
        if (to == null) {
            counters.drop(DropReason.NOT_CONNECTED);
            return;
        }
        sendOn(to, buf, off, len);
    }

    /** Sends on the path a check came over: the UDP port to its source address, or framed on its TCP connection. */
    private boolean sendOn(IceLiteAgent.Selection<TcpConnection> to, byte[] buf, int off, int len) {
        TcpConnection connection = to.path();
        if (connection == null) {
            return endpoint.send(buf, off, len, to.address(), counters);
        }
        if (connection.send(buf, off, len)) {
            counters.sent(len);
            return true;
        }
        counters.drop(connection.isClosed() ? DropReason.SEND_FAILED : DropReason.TCP_SEND_BACKLOG);
        return false;
    }

    private static DropReason dropReason(SrtpResult result) {
        return switch (result) {
            case AUTH_FAILED -> DropReason.SRTP_AUTH_FAILED;
            case REPLAY -> DropReason.SRTP_REPLAY;
            case TOO_MANY_SSRCS -> DropReason.SRTP_TOO_MANY_SSRCS;
            default -> DropReason.SRTP_INVALID;
        };
    }

    /** DTLS outcomes, on the handshake thread. */
    private final class DtlsEvents implements DtlsHandshake.Callback {

        @Override
        public void onKeys(SrtpKeys keys) {
            if (closed.get()) {
                return;
            }
            srtp = new SrtpSession(keys, true);
            try {
                listener.onConnected();
            } catch (RuntimeException e) {
                // This runs inside BouncyCastle's handshake: a listener bug must not turn into a DTLS failure.
                LOG.warn("onConnected failed ufrag={}", localUfrag(), e);
            }
        }

        @Override
        public void onFailure(DtlsFailure failure) {
            close(switch (failure) {
                case FINGERPRINT_MISMATCH -> CloseReason.DTLS_FINGERPRINT_MISMATCH;
                case TIMEOUT -> CloseReason.DTLS_TIMEOUT;
                case PEER_CLOSED -> CloseReason.DTLS_CLOSED;
                case FAILED -> CloseReason.DTLS_FAILED;
            });
        }
    }
}
