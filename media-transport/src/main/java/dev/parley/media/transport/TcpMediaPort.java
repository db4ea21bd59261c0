package dev.parley.media.transport;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.Iterator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The TCP side of the media port, for networks that block UDP: ICE-TCP passive candidates (RFC 6544) with RFC 4571 framing.
 * Each complete frame goes into the same demultiplexing as a UDP datagram ({@link UdpEndpoint#onTcpFrame}); what a peer sends
 * goes back framed on the connection its selected check came over.
 *
 * <ol>
 *   <li>Accept, unless {@code maxConnections} are open ({@link DropReason#TCP_CONNECTION_LIMIT}).</li>
 *   <li>The first frame must be a valid ICE check for a known peer, within {@link #FIRST_CHECK_MILLIS}; anything else closes
 *       the connection ({@link DropReason#TCP_NOT_ICE}, {@link DropReason#TCP_IDLE}).</li>
 *   <li>A frame longer than the maximum datagram closes it ({@link DropReason#TCP_FRAME_OVERSIZE}); so does silence (no
 *       complete frame) for the consent timeout, which also ends slowloris senders ({@link DropReason#TCP_IDLE}).</li>
 *   <li>A connection whose peer closed is closed too.</li>
 * </ol>
 * One selector thread reads every connection (a few hundred at most, each holding ~66 KiB of buffers); sends come from any
 * thread (see {@link TcpConnection}).
 */
final class TcpMediaPort implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TcpMediaPort.class);
    /** A browser sends its first check right after connecting; 10 s covers a loaded machine and a slow network. */
    static final long FIRST_CHECK_MILLIS = 10_000;
    private static final long SWEEP_MILLIS = 1_000;

    private final UdpEndpoint endpoint;
    private final ServerSocketChannel server;
    private final Selector selector;
    private final int maxConnections;
    private final int maxFrame;
    private final long idleMillis;
    private final TrafficCounters counters;
    private final Set<TcpConnection> connections = ConcurrentHashMap.newKeySet();
    private final Thread thread;
    private final byte[] frame;
    private volatile boolean open = true;

    private TcpMediaPort(UdpEndpoint endpoint, ServerSocketChannel server, Selector selector, int maxConnections,
            TrafficCounters counters) {
        this.endpoint = endpoint;
        this.server = server;
        this.selector = selector;
        this.maxConnections = maxConnections;
        this.maxFrame = endpoint.config().maxDatagramSize();
        this.idleMillis = endpoint.config().consentTimeout().toMillis();
        this.counters = counters;
        this.frame = new byte[maxFrame];
        this.thread = Thread.ofPlatform().name("parley-tcp-" + localAddress().getPort()).daemon().unstarted(this::loop);
    }

    /** Binds the TCP port and starts its selector thread. */
    static TcpMediaPort open(UdpEndpoint endpoint, InetSocketAddress bind, int maxConnections, TrafficCounters counters)
            throws IOException {
        if (maxConnections < 1) {
            throw new IllegalArgumentException("maxConnections must be positive, got " + maxConnections);
        }
        ServerSocketChannel server = ServerSocketChannel.open();
        Selector selector = Selector.open();
        try {
            server.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            server.bind(bind, 64);
            server.configureBlocking(false);
            server.register(selector, SelectionKey.OP_ACCEPT);
        } catch (IOException e) {
            server.close();
            selector.close();
            throw e;
        }
        TcpMediaPort port = new TcpMediaPort(endpoint, server, selector, maxConnections, counters);
        port.thread.start();
        return port;
    }

    InetSocketAddress localAddress() {
        try {
            return (InetSocketAddress) server.getLocalAddress();
        } catch (IOException e) {
            throw new IllegalStateException("TCP media port closed", e);
        }
    }

    int connectionCount() {
        return connections.size();
    }

    @Override
    public void close() {
        open = false;
        selector.wakeup();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        connections.forEach(TcpConnection::close);
        connections.clear();
        try {
            server.close();
            selector.close();
        } catch (IOException e) {
            LOG.warn("closing the TCP media port failed", e);
        }
    }

    private void loop() {
        // Sweeps are paced by real time; the timeouts they judge use the configured clock (a fake one in tests).
        long nextSweep = System.nanoTime() + SWEEP_MILLIS * 1_000_000;
        while (open) {
            try {
                selector.select(SWEEP_MILLIS);
                Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
                while (keys.hasNext()) {
                    SelectionKey key = keys.next();
                    keys.remove();
                    handle(key);
                }
                if (System.nanoTime() - nextSweep >= 0) {
                    sweep();
                    nextSweep = System.nanoTime() + SWEEP_MILLIS * 1_000_000;
                }
            } catch (ClosedSelectorException e) {
                break;
            } catch (IOException | RuntimeException e) {
                // One bad connection or a listener bug must not stop TCP media for everyone.
                LOG.warn("TCP media port loop failed", e);
            }
        }
    }

    private void handle(SelectionKey key) throws IOException {
        if (!key.isValid()) {
            return;
        }
        if (key.isAcceptable()) {
            accept();
            return;
        }
        TcpConnection connection = (TcpConnection) key.attachment();
        boolean keep = true;
        if (key.isReadable()) {
            keep = connection.onReadable(maxFrame, (buf, off, len) -> onFrame(connection, buf, off, len), now());
        }
        if (keep && key.isValid() && key.isWritable()) {
            keep = connection.onWritable();
        }
        if (!keep) {
            close(connection);
        }
    }

    private void accept() throws IOException {
        SocketChannel channel;
        while ((channel = server.accept()) != null) {
            if (connections.size() >= maxConnections) {
                counters.drop(DropReason.TCP_CONNECTION_LIMIT);
                channel.close();
                continue;
            }
            try {
                channel.configureBlocking(false);
                // Media is latency-bound: never hold a small packet back waiting for more (Nagle).
                channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
                SelectionKey key = channel.register(selector, SelectionKey.OP_READ);
                TcpConnection connection = new TcpConnection(channel, key, (InetSocketAddress) channel.getRemoteAddress(),
                        maxFrame, counters, now());
                key.attach(connection);
                connections.add(connection);
            } catch (IOException e) {
                channel.close(); // reset before we got to it: nothing to keep, nothing to leak
            }
        }
    }

    /** One complete frame: copied to offset 0 of a reused buffer (the demultiplexer reads packets from offset 0). */
    private void onFrame(TcpConnection connection, byte[] buf, int off, int len) {
        if (connection.isClosed()) {
            return;
        }
        System.arraycopy(buf, off, frame, 0, len);
        counters.received(len);
        boolean boundBefore = connection.peer() != null;
        if (!endpoint.onTcpFrame(frame, len, connection) && !boundBefore) {
            counters.drop(DropReason.TCP_NOT_ICE);
            connection.close();
        }
    }

    /** Closes connections that stayed silent, never sent a valid check in time, or whose peer is gone. */
    private void sweep() {
        long now = now();
        for (TcpConnection connection : connections) {
            UdpPeer peer = connection.peer();
            if (connection.isClosed()) {
                close(connection);
            } else if (peer == null && now - connection.openedMillis() > FIRST_CHECK_MILLIS
                    || now - connection.lastFrameMillis() > idleMillis) {
                counters.drop(DropReason.TCP_IDLE);
                close(connection);
            } else if (peer != null && peer.isClosed()) {
                close(connection);
            }
        }
    }

    private void close(TcpConnection connection) {
        connection.close();
        connections.remove(connection);
    }

    private long now() {
        return endpoint.config().clockMillis().getAsLong();
    }
}
