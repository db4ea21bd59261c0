package dev.parley.media.transport.dtls;

import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.tls.DatagramTransport;

/**
 * Connects BouncyCastle's blocking DTLS engine to the shared UDP port: the reader thread {@link #offer}s copies of DTLS
 * datagrams, the handshake thread takes them in {@link #receive}; sends go straight to the port.
 */
final class QueueDatagramTransport implements DatagramTransport {

    /** Datagrams waiting for the handshake thread; a handshake flight is a handful, 64 absorbs retransmissions. */
    static final int QUEUE_CAPACITY = 64;
    /** Largest DTLS datagram accepted (an Ethernet MTU). */
    static final int RECEIVE_LIMIT = 1500;
    /** Largest DTLS datagram sent: 1200 bytes fits every path WebRTC runs on, as browsers assume too. */
    static final int SEND_LIMIT = 1200;

    private static final byte[] CLOSED = new byte[0];

    private final BlockingQueue<byte[]> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
    private final DatagramOut out;
    private volatile boolean closed;

    QueueDatagramTransport(DatagramOut out) {
        this.out = out;
    }

    /** Queues a copy of a datagram; false if the queue is full or the transport is closed. */
    boolean offer(byte[] buf, int off, int len) {
        return !closed && queue.offer(Arrays.copyOfRange(buf, off, off + len));
    }

    /** True while nothing is queued. */
    boolean isEmpty() {
        return queue.isEmpty();
    }

    @Override
    public int getReceiveLimit() {
        return RECEIVE_LIMIT;
    }

    @Override
    public int getSendLimit() {
        return SEND_LIMIT;
    }

    @Override
    public int receive(byte[] buf, int off, int len, int waitMillis) throws IOException {
        if (closed) {
            throw new IOException("DTLS transport closed");
        }
        byte[] datagram;
        try {
            datagram = queue.poll(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        if (datagram == null) {
            return -1; // timeout: BouncyCastle retransmits its flight and waits again
        }
        if (datagram == CLOSED) {
            throw new IOException("DTLS transport closed");
        }
        int n = Math.min(len, datagram.length);
        System.arraycopy(datagram, 0, buf, off, n);
        return n;
    }

    @Override
    public void send(byte[] buf, int off, int len) throws IOException {
        if (!closed) {
            out.send(buf, off, len);
        }
    }

    @Override
    public void close() {
        closed = true;
        queue.clear();
        queue.offer(CLOSED);
    }
}
