package dev.parley.media.transport.dtls;

import dev.parley.media.transport.srtp.SrtpKeys;
import dev.parley.media.wire.sdp.DtlsFingerprint;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bouncycastle.tls.DTLSServerProtocol;
import org.bouncycastle.tls.DTLSTransport;
import org.bouncycastle.tls.TlsTimeoutException;
import org.bouncycastle.tls.crypto.impl.jcajce.JcaTlsCrypto;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One DTLS-SRTP association, server role, driven on its own thread.
 *
 * <ol>
 *   <li>The UDP reader thread {@link #offer}s each DTLS datagram from the session's validated address; the datagram is
 *       copied into a bounded queue, never processed on the reader.</li>
 *   <li>The first datagram (the ClientHello), once the peer's fingerprint is known, starts the handshake on the
 *       executor. BouncyCastle retransmits and reassembles fragments itself and gives up after the timeout.</li>
 *   <li>On success the exported {@link SrtpKeys} go to {@link Callback#onKeys}; the thread then keeps reading, so a
 *       retransmitted client Finished still gets our last flight again and a close_notify is noticed.</li>
 * </ol>
 */
public final class DtlsHandshake {

    /** How a handshake reports back; called on the handshake thread. */
    public interface Callback {

        /** The handshake finished; SRTP can start. */
        void onKeys(SrtpKeys keys);

        /** The association failed or the peer closed it. Called at most once, never after {@link #close()}. */
        void onFailure(DtlsFailure failure);
    }

    private static final Logger LOG = LoggerFactory.getLogger(DtlsHandshake.class);
    private static final int POST_HANDSHAKE_POLL_MILLIS = 1000;

    private final DtlsCertificate certificate;
    private final Executor executor;
    private final int timeoutMillis;
    private final Callback callback;
    private final QueueDatagramTransport transport;
    private final AtomicBoolean started = new AtomicBoolean();
    private volatile DtlsFingerprint remoteFingerprint;
    private volatile DTLSTransport dtls;
    private volatile boolean closed;

    /**
     * @param certificate our certificate
     * @param remoteFingerprint the fingerprint from the peer's SDP, or null until {@link #setRemoteFingerprint}
     * @param out where our DTLS datagrams go
     * @param executor runs the handshake (one task per association, blocking for its lifetime)
     * @param timeout how long a handshake may take from the first datagram
     */
    public DtlsHandshake(DtlsCertificate certificate, DtlsFingerprint remoteFingerprint, DatagramOut out, Executor executor,
            Duration timeout, Callback callback) {
        this.certificate = certificate;
        this.remoteFingerprint = remoteFingerprint;
        this.executor = executor;
        this.timeoutMillis = (int) timeout.toMillis();
        this.callback = callback;
        this.transport = new QueueDatagramTransport(out);
    }

    /** Sets the peer's fingerprint once its SDP is known; starts the handshake if a ClientHello is already waiting. */
    public void setRemoteFingerprint(DtlsFingerprint fingerprint) {
        this.remoteFingerprint = fingerprint;
        if (!transport.isEmpty()) {
            startOnce();
        }
    }

    /**
     * Hands over one DTLS datagram (copied). Runs on the reader thread and never blocks.
     *
     * @return false if it was dropped because the queue is full or the association is closed
     */
    public boolean offer(byte[] buf, int off, int len) {
        boolean queued = transport.offer(buf, off, len);
        if (queued && remoteFingerprint != null) {
            startOnce();
        }
        return queued;
    }

    /** Sends close_notify if connected and stops the thread. No callback follows. */
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        DTLSTransport connected = dtls;
        if (connected != null) {
            try {
                connected.close();
            } catch (IOException ignored) {
                // The peer may be gone already; nothing to do.
            }
        }
        transport.close();
    }

    private void startOnce() {
        if (started.compareAndSet(false, true)) {
            executor.execute(this::run);
        }
    }

    private void run() {
        JcaTlsCrypto crypto = FallbackJcaJceHelper.crypto();
        DtlsSrtpServer server = new DtlsSrtpServer(crypto, certificate, remoteFingerprint, timeoutMillis, keys -> {
            if (!closed) {
                callback.onKeys(keys);
            }
        });
        long start = System.nanoTime();
        try {
            DTLSTransport connected = new DTLSServerProtocol().accept(server, transport);
            dtls = connected;
            if (closed) {
                return;
            }
            LOG.info("dtls connected profile={} handshakeMillis={}", server.keys().profile(),
                    (System.nanoTime() - start) / 1_000_000);
            readUntilClosed(connected, server);
        } catch (IOException | RuntimeException e) {
            if (!closed) {
                closed = true;
                transport.close();
                DtlsFailure failure = classify(e, server);
                LOG.info("dtls ended reason={} error={}", failure, e.toString());
                callback.onFailure(failure);
            }
        }
    }

    private void readUntilClosed(DTLSTransport connected, DtlsSrtpServer server) throws IOException {
        byte[] buf = new byte[QueueDatagramTransport.RECEIVE_LIMIT];
        while (!closed && !server.peerClosed()) {
            // Application data would be SCTP (data channels), which Parley does not negotiate: read and discard.
            connected.receive(buf, 0, buf.length, POST_HANDSHAKE_POLL_MILLIS);
        }
        if (!closed) {
            closed = true;
            transport.close();
            LOG.info("dtls ended reason={}", DtlsFailure.PEER_CLOSED);
            callback.onFailure(DtlsFailure.PEER_CLOSED);
        }
    }

    private static DtlsFailure classify(Exception e, DtlsSrtpServer server) {
        if (server.fingerprintMismatch()) {
            return DtlsFailure.FINGERPRINT_MISMATCH;
        }
        if (server.keys() != null) {
            return DtlsFailure.PEER_CLOSED;
        }
        return e instanceof TlsTimeoutException ? DtlsFailure.TIMEOUT : DtlsFailure.FAILED;
    }
}
