package dev.parley.media.sfu;

/**
 * The paused state of a Producer or Consumer, in two halves: what the owner asked for last (set at once, readable from any
 * thread, so {@code isPaused()} right after {@code pause()} is true) and what the packet path applies (changed on the Router
 * loop, in the order of the owner's calls, with no lock on the packet path).
 */
final class PauseSwitch {
    private final Router router;
    private volatile boolean requested;
    private boolean applied; // loop thread only

    PauseSwitch(Router router) {
        this.router = router;
    }

    void pause() {
        requested = true;
        router.post(() -> applied = true);
    }

    /** Unpauses on the loop and then runs {@code onResumed} there (it is skipped when nothing was paused). */
    void resume(Runnable onResumed) {
        requested = false;
        router.post(() -> {
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
