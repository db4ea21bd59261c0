package dev.parley.media.sfu.loop;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;

/**
 * One thread that runs posted tasks in order and calls a tick callback at a fixed period (RTCP reports, NACK retries).
 *
 * <p>Why not an {@code ExecutorService}: its queue takes a lock per task, and the UDP reader posts one task per packet. Here
 * producers append to a {@link ConcurrentLinkedQueue} (CAS only) and unpark the loop thread only when it sleeps.
 *
 * <p>Everything a Router owns is touched only from this thread; {@link #inLoop()} lets code assert it.
 */
public final class EventLoop implements AutoCloseable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(EventLoop.class);

    private final ConcurrentLinkedQueue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final LongSupplier nanoClock;
    private final long tickNanos;
    private final LongConsumer onTick;
    private final Thread thread;
    /** Set by the loop before it parks; posters unpark only when it is true (saves a syscall per packet under load). */
    private volatile boolean sleeping;

    /**
     * @param name      thread name (e.g. "router-&lt;id&gt;")
     * @param nanoClock monotonic time in nanoseconds ({@code System::nanoTime} in production)
     * @param tick      period of {@code onTick}
     * @param onTick    called on the loop thread with the current {@code nanoClock} value
     */
    public EventLoop(String name, LongSupplier nanoClock, Duration tick, LongConsumer onTick) {
        this.nanoClock = Objects.requireNonNull(nanoClock);
        this.tickNanos = tick.toNanos();
        this.onTick = Objects.requireNonNull(onTick);
        this.thread = Thread.ofPlatform().name(name).daemon(true).unstarted(this::run);
        thread.start();
    }

    /** Queues a task; silently dropped after {@link #close()} (the owner is gone, nothing is left to update). */
    public void post(Runnable task) {
        if (closed.get()) {
            return;
        }
        tasks.add(task);
        if (sleeping) {
            LockSupport.unpark(thread);
        }
    }

    /** Runs {@code task} on the loop and completes the future with its result (or its exception). */
    public <T> CompletableFuture<T> submit(Callable<T> task) {
        CompletableFuture<T> result = new CompletableFuture<>();
        if (closed.get()) {
            result.completeExceptionally(new IllegalStateException("event loop closed"));
            return result;
        }
        post(() -> {
            try {
                result.complete(task.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    /**
     * Runs {@code task} on the loop and waits for it (directly when already on the loop). For rare cross-thread reads such as
     * stats snapshots; never called on the packet path.
     */
    public <T> T call(Callable<T> task, Duration timeout) {
        if (inLoop()) {
            try {
                return task.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        try {
            return submit(task).get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the event loop", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("event loop did not answer within " + timeout, e);
        }
    }

    public boolean inLoop() {
        return Thread.currentThread() == thread;
    }

    public boolean isClosed() {
        return closed.get();
    }

    /** Monotonic now in nanoseconds, from the injected clock. */
    public long nanoTime() {
        return nanoClock.getAsLong();
    }

    /** Stops the thread after the tasks already queued have run; waits up to 2 s unless called from the loop itself. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        LockSupport.unpark(thread);
        if (!inLoop()) {
            try {
                thread.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** True once the thread has ended (tests check that closing a Router leaks no thread). */
    public boolean isTerminated() {
        return !thread.isAlive();
    }

    private void run() {
        long nextTick = nanoClock.getAsLong() + tickNanos;
        while (true) {
            Runnable task;
            int budget = 256; // bounded batch so a flood of packets cannot starve the tick
            while (budget-- > 0 && (task = tasks.poll()) != null) {
                runSafely(task);
            }
            long now = nanoClock.getAsLong();
            if (now - nextTick >= 0) {
                runSafely(() -> onTick.accept(now));
                nextTick = now + tickNanos;
            }
            if (closed.get()) {
                while ((task = tasks.poll()) != null) {
                    runSafely(task);
                }
                return;
            }
            if (tasks.isEmpty()) {
                sleeping = true;
                if (tasks.isEmpty() && !closed.get()) {
                    LockSupport.parkNanos(this, Math.max(0, nextTick - nanoClock.getAsLong()));
                }
                sleeping = false;
            }
        }
    }

    private static void runSafely(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException | Error e) {
            LOG.warn("event loop task failed", e);
        }
    }
}
