package dev.parley.server.conference;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Waits for a Router operation. An idle Router loop runs a task within microseconds, but a cold JVM on a loaded machine can
 * stall it for seconds (first SRTP context, JIT); the bound only keeps a wedged loop from holding a conference lock forever.
 */
final class Await {
    /** A Router task that has not run after this long means the loop is stuck. */
    private static final long TIMEOUT_SECONDS = 15;

    private Await() {
    }

    static <T> T result(CompletableFuture<T> future, String what) {
        try {
            return future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConferenceException(ConferenceError.MEDIA_ERROR, "Interrupted while trying to " + what + ".");
        } catch (ExecutionException e) {
            throw new ConferenceException(ConferenceError.MEDIA_ERROR,
                    "The media server could not " + what + ": " + e.getCause().getMessage());
        } catch (TimeoutException e) {
            throw new ConferenceException(ConferenceError.MEDIA_ERROR, "The media server did not " + what + " in time.");
        }
    }
}
