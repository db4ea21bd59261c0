package dev.parley.media.sfu;

import dev.parley.media.sfu.rtp.IceCandidate;
import dev.parley.media.transport.TrafficStats;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The media plane of one process: the one UDP port every peer uses (with its DTLS certificate) and the live Routers.
 *
 * <p>Thread-safe: signaling threads create, look up and close Routers concurrently.
 */
public final class MediaServer implements AutoCloseable {
    private final MediaConfig config;
    private final UdpPeers peers;
    private final LongSupplier nanoClock;
    private final List<IceCandidate> candidates;
    /** Routers by id; concurrent because signaling threads create and look up Routers. */
    private final Map<String, Router> routers = new ConcurrentHashMap<>();

    MediaServer(MediaConfig config, UdpPeers peers, LongSupplier nanoClock) {
        this.config = config;
        this.peers = peers;
        this.nanoClock = nanoClock;
        this.candidates = hostCandidates(config.effectiveAnnouncedAddresses(), peers.port(), peers.tcpPort());
    }

    /** Binds the UDP port and makes (or reuses) the process's DTLS certificate. */
    public static MediaServer start(MediaConfig config) {
        return new MediaServer(config, EndpointPeers.open(config), System::nanoTime);
    }

    /** The bound UDP port (the actual one when the config asked for port 0). */
    public int port() {
        return peers.port();
    }

    /** The bound ICE-TCP port, or -1 when ICE over TCP is off. */
    public int tcpPort() {
        return peers.tcpPort();
    }

    public MediaConfig config() {
        return config;
    }

    /** A new Router with its own loop thread. @throws IllegalStateException when the id is taken */
    public Router createRouter(String routerId, RouterListener listener) {
        Router router = new Router(routerId, listener, this, nanoClock);
        if (routers.putIfAbsent(routerId, router) != null) {
            router.close();
            throw new IllegalStateException("router " + routerId + " already exists");
        }
        return router;
    }

    public Optional<Router> router(String routerId) {
        return Optional.ofNullable(routers.get(routerId));
    }

    /** A snapshot of the port's counters and of every Router (each taken on its own loop). */
    public MediaStats stats() {
        TrafficStats endpoint = peers.stats();
        Map<String, Long> drops = DropCounters.merge(Map.of(), endpoint.drops());
        List<RouterStats> perRouter = new ArrayList<>();
        int transports = 0;
        int producers = 0;
        int consumers = 0;
        for (Router router : routers.values()) {
            try {
                RouterStats stats = router.stats();
                perRouter.add(stats);
                transports += stats.transports().size();
                producers += stats.producers().size();
                consumers += stats.consumers().size();
                Map<String, Long> sfu = router.call(router::sfuDrops);
                Map<String, Long> merged = new java.util.TreeMap<>(drops);
                sfu.forEach((reason, n) -> merged.merge(reason, n, Long::sum));
                drops = merged;
            } catch (IllegalStateException closedMeanwhile) {
                // the Router closed between listing and asking: it has nothing left to report
            }
        }
        return new MediaStats(port(), perRouter.size(), transports, producers, consumers, endpoint.packetsIn(),
                endpoint.bytesIn(), endpoint.packetsOut(), endpoint.bytesOut(), drops, perRouter);
    }

    /** Closes every Router, then the UDP port. */
    @Override
    public void close() {
        for (Router router : List.copyOf(routers.values())) {
            router.close();
        }
        peers.close();
    }

    UdpPeers peers() {
        return peers;
    }

    List<IceCandidate> candidates() {
        return candidates;
    }

    void forget(Router router) {
        routers.remove(router.id(), router);
    }

    /**
     * One host candidate per announced address on the shared port (RFC 8445 §5.1.2.1 priority with type preference 126 for
     * host, local preference descending so the first announced address is preferred, component 1 since rtcp-mux is required),
     * then, with ICE over TCP on, one passive TCP candidate per address with type preference 90 (libwebrtc's for host TCP):
     * lower than every UDP one, so a browser only ends up on TCP when UDP fails (RFC 6544 §4.2).
     *
     * @param tcpPort the ICE-TCP port, or -1 for none
     */
    static List<IceCandidate> hostCandidates(List<InetAddress> addresses, int port, int tcpPort) {
        List<IceCandidate> out = new ArrayList<>();
        for (int i = 0; i < addresses.size(); i++) {
            out.add(new IceCandidate(Integer.toString(i + 1), priority(126, i), addresses.get(i).getHostAddress(), port));
        }
        for (int i = 0; tcpPort > 0 && i < addresses.size(); i++) {
            out.add(new IceCandidate("tcp" + (i + 1), priority(90, i), addresses.get(i).getHostAddress(), tcpPort, "tcp"));
        }
        return List.copyOf(out);
    }

    private static long priority(long typePreference, int index) {
        long localPreference = 65535 - index;
        return (typePreference << 24) | (localPreference << 8) | (256 - 1);
    }
}
