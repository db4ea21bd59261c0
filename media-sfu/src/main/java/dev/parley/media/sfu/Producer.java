package dev.parley.media.sfu;

import dev.parley.media.sfu.rtp.MediaKind;
import dev.parley.media.sfu.rtp.ProducerParameters;

/**
 * One published track (one m-section of a browser's send connection). Owned by a Router; its state lives on the Router's loop.
 * Public methods are thread-safe: they post to the loop.
 */
public final class Producer {
    private final String id;
    private final ProducerParameters parameters;
    private final Router router;
    private volatile boolean paused;

    Producer(String id, ProducerParameters parameters, Router router) {
        this.id = id;
        this.parameters = parameters;
        this.router = router;
    }

    public String id() {
        return id;
    }

    public MediaKind kind() {
        return parameters.kind();
    }

    public ProducerParameters parameters() {
        return parameters;
    }

    /** Stops forwarding to every Consumer (the publisher muted); packets are still received and counted. */
    public void pause() {
        paused = true;
    }

    /** Forwards again; video Consumers wait for (and request) a keyframe first. */
    public void resume() {
        paused = false;
    }

    public boolean isPaused() {
        return paused;
    }

    public ProducerStats stats() {
        return new ProducerStats(id, kind(), paused, 0, 0, 0, 0, 0, 0);
    }
}
