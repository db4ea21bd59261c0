package dev.parley.media.sfu;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The media plane of one process: the UDP port, the DTLS certificate, and the Routers. (Skeleton.) */
public final class MediaServer implements AutoCloseable {
    private final MediaConfig config;
    /** Routers by id; concurrent because signaling threads create and look up Routers. */
    private final Map<String, Router> routers = new ConcurrentHashMap<>();

    private MediaServer(MediaConfig config) {
        this.config = config;
    }

    public static MediaServer start(MediaConfig config) {
        return new MediaServer(config);
    }

    public int port() {
        return config.bind().getPort();
    }

    public Router createRouter(String routerId, RouterListener listener) {
        Router router = new Router(routerId, listener);
        if (routers.putIfAbsent(routerId, router) != null) {
            throw new IllegalStateException("router " + routerId + " already exists");
        }
        return router;
    }

    public Optional<Router> router(String routerId) {
        return Optional.ofNullable(routers.get(routerId));
    }

    public MediaStats stats() {
        return new MediaStats(port(), routers.size(), 0, 0, 0, 0, 0, 0, 0, Map.of(), List.of());
    }

    @Override
    public void close() {
        routers.values().forEach(Router::close);
        routers.clear();
    }
}
