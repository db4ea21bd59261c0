package dev.parley.media.transport;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;

/**
 * One browser's ICE-TCP connection to the media port (RFC 6544: the server is the passive side). It carries the STUN, DTLS, RTP
 * and RTCP of one candidate pair, RFC 4571-framed, and belongs to one {@link UdpPeer} once a valid check arrived on it.
 *
 * <p>Threading: reads, timeouts and closing happen on the TCP port's selector thread. {@link #send} may be called from any
 * thread (Router loops, the DTLS thread): it appends whole frames to {@code out} and writes what the socket takes without
 * blocking; {@code out} is guarded by {@code this}, held only for that non-blocking write, never while waiting.
 */
final class TcpConnection {
    /**
     * Bytes queued for a slow reader before packets are dropped: 64 KiB, about half a second of a 1 Mbit/s camera. Media
     * late by more than that is useless; the kernel's own send buffer comes on top.
     */
    static final int SEND_BACKLOG_BYTES = 64 * 1024;

    private final SocketChannel channel;
    private final SelectionKey key;
    private final InetSocketAddress remote;
    private final TrafficCounters counters;
    private final ByteBuffer in;
    private final ByteBuffer out = ByteBuffer.allocate(SEND_BACKLOG_BYTES);
    private final long openedMillis;
    private volatile long lastFrameMillis;
    private volatile UdpPeer peer;
    private volatile boolean closed;

    TcpConnection(SocketChannel channel, SelectionKey key, InetSocketAddress remote, int maxFrame, TrafficCounters counters,
            long nowMillis) {
        this.channel = channel;
        this.key = key;
        this.remote = remote;
        this.counters = counters;
        this.in = ByteBuffer.allocate(TcpFraming.HEADER + maxFrame);
        this.openedMillis = nowMillis;
        this.lastFrameMillis = nowMillis;
    }

    InetSocketAddress remote() {
        return remote;
    }

    /** The peer a valid check bound this connection to, or null before that. */
    UdpPeer peer() {
        return peer;
    }

    /** Binds to the peer of the first valid check; a connection never changes peer. @return false if bound to another */
    boolean bind(UdpPeer candidate) {
        if (peer == null) {
            peer = candidate;
        }
        return peer == candidate;
    }

    boolean isClosed() {
        return closed;
    }

    long openedMillis() {
        return openedMillis;
    }

    long lastFrameMillis() {
        return lastFrameMillis;
    }

    /**
     * Reads what the socket has and delivers complete frames to {@code sink}; on the selector thread.
     *
     * @return false if the connection must close: end of stream, a read error or an oversize frame (counted)
     */
    boolean onReadable(int maxFrame, TcpFraming.FrameSink sink, long nowMillis) {
        int n;
        try {
            n = channel.read(in);
        } catch (IOException e) {
            return false;
        }
        if (n < 0) {
            return false;
        }
        in.flip();
        int before = in.remaining();
        TcpFraming.Outcome outcome = TcpFraming.drain(in, maxFrame, sink);
        if (outcome == TcpFraming.Outcome.OVERSIZE) {
            counters.drop(DropReason.TCP_FRAME_OVERSIZE);
            return false;
        }
        if (in.position() < before) {
            lastFrameMillis = nowMillis; // at least one whole frame arrived: a byte-a-minute sender never gets here
        }
        return !closed;
    }

    /**
     * Frames and sends one packet; safe from any thread, never blocks.
     *
     * @return false if the connection is closed or the backlog is full (the caller counts the drop)
     */
    boolean send(byte[] buf, int off, int len) {
        boolean flushLater;
        synchronized (this) {
            if (closed) {
                return false;
            }
            if (!TcpFraming.append(out, buf, off, len)) {
                return false; // the backlog is full: the sender counts TCP_SEND_BACKLOG
            }
            flushLater = !flushLocked();
            if (closed) {
                return false;
            }
        }
        if (flushLater) {
            // The socket buffer is full: let the selector thread finish the write when the socket drains.
            try {
                key.interestOps(SelectionKey.OP_READ | SelectionKey.OP_WRITE);
                key.selector().wakeup();
            } catch (RuntimeException cancelled) {
                return false;
            }
        }
        return true;
    }

    /** The socket can take more: write the backlog; on the selector thread. @return false if writing failed */
    boolean onWritable() {
        synchronized (this) {
            if (closed) {
                return false;
            }
            if (flushLocked()) {
                key.interestOps(SelectionKey.OP_READ);
            }
        }
        return !closed;
    }

    /** Closes the socket (idempotent); any thread. */
    void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        key.cancel();
        try {
            channel.close();
        } catch (IOException ignored) {
            // closing a socket that failed: nothing left to do
        }
    }

    /** Writes what the socket takes of {@code out}; a write error closes the connection. @return true if nothing is left */
    private boolean flushLocked() {
        out.flip();
        boolean failed = false;
        try {
            channel.write(out);
        } catch (IOException e) {
            failed = true;
        }
        out.compact();
        if (failed) {
            out.clear();
            closed = true;
            key.cancel();
            try {
                channel.close();
            } catch (IOException ignored) {
                // already failing
            }
            return true;
        }
        return out.position() == 0;
    }
}
