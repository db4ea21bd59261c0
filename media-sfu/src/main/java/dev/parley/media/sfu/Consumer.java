package dev.parley.media.sfu;

import dev.parley.media.sfu.rtp.ConsumerParameters;
import java.util.Map;

/**
 * One subscription of one participant to one Producer (v1: a simple consumer, one RTP stream). Public methods are thread-safe.
 */
public final class Consumer {
    private final String id;
    private final String producerId;
    private final ConsumerParameters parameters;
    private volatile boolean paused;

    Consumer(String id, String producerId, ConsumerParameters parameters) {
        this.id = id;
        this.producerId = producerId;
        this.parameters = parameters;
    }

    public String id() {
        return id;
    }

    public String producerId() {
        return producerId;
    }

    public ConsumerParameters parameters() {
        return parameters;
    }

    public void pause() {
        paused = true;
    }

    public void resume() {
        paused = false;
    }

    public boolean isPaused() {
        return paused;
    }

    public ConsumerStats stats() {
        return new ConsumerStats(id, producerId, parameters.kind(), paused, 0, 0, 0, 0, 0, Map.of());
    }
}
