package dev.parley.media.sfu;

import java.util.concurrent.Executor;

/**
 * The paused state of a Producer or Consumer, in two halves: what the owner asked for last (set at once, readable from any
 * thread, so {@code isPaused()} right after {@code pause()} is true) and what the packet path applies (changed on the Router
 * loop, in the order of the owner's calls, with no lock on the packet path). It knows only the loop to post to, not the
 * Router: the applied change goes back to its Producer or Consumer through the {@code onResumed} callback.
 */
final class PauseSwitch {
    private final Executor loop;
    private volatile boolean requested;
    private boolean applied; // loop thread only

    /** @param loop runs tasks in order on the Router's thread */
    PauseSwitch(Executor loop) {
        this.loop = loop;
    }

    void pause() {
        requested = true;
        loop.execute(() -> applied = true);
    }

    /** Unpauses on the loop and then runs {@code onResumed} there (it is skipped when nothing was paused). */
    void resume(Runnable onResumed) {
        requested = false;
        loop.execute(() -> {
            if (applied) {
                applied = false;
                onResumed.run();
            }
        });
    }

    /** The owner's last request (any thread). */
    boolean requested() {
        return requested;
    }

    /** Whether the packet path treats the object as paused (loop thread). */
    boolean applied() {
        return applied;
    }
}
