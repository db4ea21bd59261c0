package dev.parley.media.transport;

import dev.parley.media.transport.dtls.DtlsCertificate;
import dev.parley.media.transport.ice.CidrRange;
import dev.parley.media.transport.ice.IceLiteAgent;
import dev.parley.media.transport.ice.IceParameters;
import dev.parley.media.wire.sdp.DtlsFingerprint;
import dev.parley.media.wire.stun.StunMessage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one UDP port every peer talks to, with one reader thread that classifies and demultiplexes datagrams.
 *
 * <ol>
 *   <li>Oversize datagrams are dropped; the rest is classified by first byte ({@link PacketKind}).</li>
 *   <li>STUN Binding requests from an allowed source go to the peer owning the local ufrag named in USERNAME
 *       ("local:remote"); that peer's ICE agent judges and answers them.</li>
 *   <li>DTLS, RTP and RTCP go to the peer whose valid check came from the same address; other sources are dropped.</li>
 * </ol>
 * Every drop is counted with a {@link DropReason} on the endpoint (and on the peer when one is known).
 *
 * <p>The reader thread reuses one buffer and hands views of it to peers; sends may come from any thread
 * ({@link DatagramChannel} allows one concurrent reader and writers). A scheduler sweeps consent timeouts once a second.
 *
 * <p>Optionally ({@link #openTcp}) the same demultiplexing serves ICE-TCP connections ({@link TcpMediaPort}): a peer's packets
 * then arrive on the TCP thread, and go back on the connection its selected check came over.
 */
public final class UdpEndpoint implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(UdpEndpoint.class);
    /** Smallest DTLS record: 13-byte header (RFC 6347 §4.1). */
    private static final int DTLS_HEADER = 13;
    /** Smallest RTP packet: the 12-byte fixed header (RFC 3550 §5.1). */
    private static final int RTP_HEADER = 12;
    /** Smallest RTCP packet: 8 bytes (header + SSRC, RFC 3550 §6.4). */
    private static final int RTCP_HEADER = 8;
    /** A peer answers checks from at most this many addresses (each is mapped for demux). */
    private static final int MAX_ADDRESSES_PER_PEER = 8;

    private final UdpEndpointConfig config;
    /** Requested socket buffer size: 4 MiB, about 3,500 full-size datagrams. */
    private static final int SOCKET_BUFFER_BYTES = 4 << 20;

    private final DatagramChannel channel;
    private final TrafficCounters counters = new TrafficCounters(null);
    private final Map<String, UdpPeer> byUfrag = new ConcurrentHashMap<>();
    private final Map<InetSocketAddress, UdpPeer> byAddress = new ConcurrentHashMap<>();
    /** Addresses each peer was validated from, so they can be unmapped; guarded by the list itself. */
    private final Map<UdpPeer, List<InetSocketAddress>> addressesOf = new ConcurrentHashMap<>();
    private final byte[] readBuffer;
    private final Thread reader;
    private final ScheduledExecutorService sweeper;
    /** The ICE-TCP port, or null when only UDP is served. */
    private volatile TcpMediaPort tcp;
    private volatile boolean open = true;

    private UdpEndpoint(UdpEndpointConfig config, DatagramChannel channel) {
        this.config = config;
        this.channel = channel;
        // One byte more than allowed: a datagram that fills the buffer was truncated by the kernel, so it is oversize.
        this.readBuffer = new byte[config.maxDatagramSize() + 1];
        this.reader = Thread.ofPlatform().name("parley-udp-" + localAddress().getPort()).daemon().unstarted(this::readLoop);
        this.sweeper = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("parley-consent-" + localAddress().getPort()).daemon().factory());
    }

    /** Binds the port and starts the reader thread and the consent sweep. */
    public static UdpEndpoint open(UdpEndpointConfig config) throws IOException {
        InetSocketAddress bind = config.bindAddress();
        DatagramChannel channel = bind.getAddress().getAddress().length == 4 && !bind.getAddress().isAnyLocalAddress()
                ? DatagramChannel.open(StandardProtocolFamily.INET)
                : DatagramChannel.open();
        try {
            // One socket carries every participant: a video keyframe from ten publishers arrives as a burst of hundreds of
            // datagrams, more than the kernel's ~212 KB default buffers hold while the reader is busy. Linux caps the request at
            // net.core.rmem_max/wmem_max (raise those on a production host); the log line below says what was granted.
            channel.setOption(StandardSocketOptions.SO_RCVBUF, SOCKET_BUFFER_BYTES);
            channel.setOption(StandardSocketOptions.SO_SNDBUF, SOCKET_BUFFER_BYTES);
            channel.bind(bind);
        } catch (IOException e) {
            channel.close();
            throw e;
        }
        UdpEndpoint endpoint = new UdpEndpoint(config, channel);
        endpoint.reader.start();
        endpoint.sweeper.scheduleWithFixedDelay(endpoint::expirePeers, 1, 1, TimeUnit.SECONDS);
        LOG.info("media port open address={} allowedIceSources={} rcvbuf={} sndbuf={}", endpoint.localAddress(),
                config.allowedIceSources(), channel.getOption(StandardSocketOptions.SO_RCVBUF),
                channel.getOption(StandardSocketOptions.SO_SNDBUF));
        return endpoint;
    }

    /**
     * Creates the peer for one browser connection (one WebRtcTransport).
     *
     * @param localIce our ufrag/pwd for this connection (e.g. {@link IceParameters#random()}); the ufrag must be unique
     * @param remoteIce the peer's ufrag/pwd from its SDP, or null if not known yet
     * @param remoteFingerprint the peer's certificate fingerprint from its SDP, or null if not known yet
     * @throws IllegalArgumentException if another peer already owns the local ufrag
     */
    public UdpPeer createPeer(IceParameters localIce, IceParameters remoteIce,
            DtlsFingerprint remoteFingerprint, UdpPeer.Listener listener) {
        if (!open) {
            throw new IllegalStateException("endpoint closed");
        }
        UdpPeer peer = new UdpPeer(this, localIce, remoteIce, remoteFingerprint, listener, counters);
        if (byUfrag.putIfAbsent(localIce.ufrag(), peer) != null) {
            throw new IllegalArgumentException("local ufrag already in use: " + localIce.ufrag());
        }
        addressesOf.put(peer, new ArrayList<>());
        return peer;
    }

    /**
     * Also serves ICE over TCP (RFC 6544 passive candidates, RFC 4571 framing) on {@code bind}, for browsers whose network
     * blocks UDP: frames enter the same demultiplexing as datagrams. Call once, right after {@link #open}.
     *
     * @param maxConnections connections beyond this are refused at accept (each holds ~66 KiB of buffers)
     */
    public synchronized void openTcp(InetSocketAddress bind, int maxConnections) throws IOException {
        if (tcp != null || !open) {
            throw new IllegalStateException(open ? "TCP already open" : "endpoint closed");
        }
        tcp = TcpMediaPort.open(this, bind, maxConnections, counters);
        LOG.info("media TCP port open address={} maxConnections={}", tcp.localAddress(), maxConnections);
    }

    /** The bound TCP address, or null when ICE-TCP is off. */
    public InetSocketAddress tcpAddress() {
        TcpMediaPort port = tcp;
        return port == null ? null : port.localAddress();
    }

    /** Open ICE-TCP connections (0 when ICE-TCP is off). */
    public int tcpConnectionCount() {
        TcpMediaPort port = tcp;
        return port == null ? 0 : port.connectionCount();
    }

    /** The bound address (with the real port when 0 was configured). */
    public InetSocketAddress localAddress() {
        try {
            return (InetSocketAddress) channel.getLocalAddress();
        } catch (IOException e) {
            throw new IllegalStateException("channel closed", e);
        }
    }

    /** The DTLS certificate every peer presents. */
    public DtlsCertificate certificate() {
        return config.certificate();
    }

    /** Counters of the whole port, every peer included. */
    public TrafficStats stats() {
        return counters.snapshot();
    }

    /** Live peers. */
    public int peerCount() {
        return byUfrag.size();
    }

    /** Closes every peer (ENDPOINT_CLOSED), the socket and the threads. */
    @Override
    public void close() {
        if (!open) {
            return;
        }
        open = false;
        sweeper.shutdownNow();
        TcpMediaPort port = tcp;
        if (port != null) {
            port.close();
        }
        for (UdpPeer peer : List.copyOf(byUfrag.values())) {
            peer.close(CloseReason.ENDPOINT_CLOSED);
        }
        try {
            channel.close();
            reader.join(2000);
        } catch (IOException e) {
            LOG.warn("closing media port failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    UdpEndpointConfig config() {
        return config;
    }

    /** Closes peers whose consent expired; runs on the sweeper, and directly in tests with a fake clock. */
    void expirePeers() {
        long timeout = config.consentTimeout().toMillis();
        for (UdpPeer peer : byUfrag.values()) {
            peer.expireIfSilent(timeout);
        }
    }

    /** A valid check came from {@code source}: route its DTLS/RTP/RTCP to {@code peer} from now on. */
    void validated(InetSocketAddress source, UdpPeer peer) {
        if (byAddress.get(source) == peer) {
            return;
        }
        List<InetSocketAddress> known = addressesOf.get(peer);
        if (known == null) {
            return; // closed meanwhile
        }
        synchronized (known) {
            if (known.size() >= MAX_ADDRESSES_PER_PEER) {
                byAddress.remove(known.remove(0), peer);
            }
            known.add(source);
        }
        byAddress.put(source, peer);
    }

    /** Unmaps a closed peer. */
    void forget(UdpPeer peer) {
        byUfrag.remove(peer.localUfrag(), peer);
        List<InetSocketAddress> known = addressesOf.remove(peer);
        if (known != null) {
            synchronized (known) {
                known.forEach(address -> byAddress.remove(address, peer));
            }
        }
    }

    /** Sends one datagram; counts it on {@code counters} (and so on the endpoint). Safe from any thread. */
    boolean send(byte[] buf, int off, int len, InetSocketAddress to, TrafficCounters peerCounters) {
        try {
            channel.send(ByteBuffer.wrap(buf, off, len), to);
            peerCounters.sent(len);
            return true;
        } catch (IOException e) {
            peerCounters.drop(DropReason.SEND_FAILED);
            return false;
        }
    }

    private void readLoop() {
        ByteBuffer buffer = ByteBuffer.wrap(readBuffer);
        while (open) {
            buffer.clear();
            SocketAddress from;
            try {
                from = channel.receive(buffer);
            } catch (ClosedChannelException e) {
                break;
            } catch (IOException e) {
                LOG.debug("receive failed", e);
                continue;
            }
            int len = buffer.position();
            counters.received(len);
            try {
                dispatch(readBuffer, len, (InetSocketAddress) from, null);
            } catch (RuntimeException e) {
                // A listener bug must not kill the port for everyone.
                LOG.warn("datagram handling failed source={} length={}", from, len, e);
            }
        }
    }

    /**
     * One RFC 4571 frame from an ICE-TCP connection, demultiplexed like a datagram; on the TCP port's thread.
     *
     * @return true if the connection is bound to a peer afterwards (its first frame must be a valid check)
     */
    boolean onTcpFrame(byte[] buf, int len, TcpConnection via) {
        dispatch(buf, len, via.remote(), via);
        return via.peer() != null;
    }

    /** @param via the TCP connection the packet came on, or null for a datagram on the UDP port */
    private void dispatch(byte[] buf, int len, InetSocketAddress from, TcpConnection via) {
        if (len > config.maxDatagramSize()) {
            counters.drop(DropReason.OVERSIZE);
            return;
        }
        PacketKind kind = PacketKind.classify(buf, 0, len);
        switch (kind) {
            case STUN -> onStun(buf, len, from, via);
            case DTLS -> toPeer(buf, len, from, via, kind, DTLS_HEADER);
            case RTP -> toPeer(buf, len, from, via, kind, RTP_HEADER);
            case RTCP -> toPeer(buf, len, from, via, kind, RTCP_HEADER);
            case UNKNOWN -> counters.drop(len == 0 ? DropReason.TRUNCATED : DropReason.UNKNOWN_PACKET_KIND);
        }
    }

    private void onStun(byte[] buf, int len, InetSocketAddress from, TcpConnection via) {
        if (!CidrRange.anyContains(config.allowedIceSources(), from.getAddress())) {
            counters.drop(DropReason.ICE_SOURCE_NOT_ALLOWED);
            return;
        }
        StunMessage msg = StunMessage.parse(buf, 0, len);
        if (msg == null) {
            counters.drop(DropReason.MALFORMED_STUN);
            return;
        }
        if (msg.type() != StunMessage.BINDING_REQUEST) {
            counters.drop(DropReason.STUN_NOT_BINDING_REQUEST);
            return;
        }
        String ufrag = IceLiteAgent.localUfragOf(msg.username());
        if (ufrag == null) {
            counters.drop(DropReason.ICE_BAD_USERNAME);
            return;
        }
        UdpPeer peer = byUfrag.get(ufrag);
        if (peer == null || via != null && via.peer() != null && via.peer() != peer) {
            // A TCP connection carries one candidate pair (RFC 6544 §3): checks for another peer on it are not ours to answer.
            counters.drop(DropReason.ICE_UNKNOWN_UFRAG);
            return;
        }
        peer.onBindingRequest(msg, buf, len, from, via);
    }

    private void toPeer(byte[] buf, int len, InetSocketAddress from, TcpConnection via, PacketKind kind, int minLength) {
        UdpPeer peer = via == null ? byAddress.get(from) : via.peer();
        if (peer == null) {
            counters.drop(DropReason.UNKNOWN_SOURCE);
            return;
        }
        if (len < minLength) {
            peer.onTruncated(len);
            return;
        }
        switch (kind) {
            case DTLS -> peer.onDtls(buf, 0, len);
            case RTCP -> peer.onMedia(buf, 0, len, true);
            default -> peer.onMedia(buf, 0, len, false);
        }
    }
}
