package dev.parley.server.conference;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs tasks one at a time, in submission order, on a shared carrier executor: the "actor" thread of one live conference
 * without a thread of its own (a conference costs no thread while idle). A task that throws is logged and the next one runs.
 * Tasks must never wait (for the Router, a socket or the database): they continue on this executor when a future completes.
 */
public final class SerialExecutor implements Executor {
    private static final Logger log = LoggerFactory.getLogger(SerialExecutor.class);

    private final Executor carrier;
    private final String name;
    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    /** True while a drain is scheduled or running on the carrier: at most one at a time is what makes this serial. */
    private final AtomicBoolean scheduled = new AtomicBoolean();
    /** The thread draining now (for {@link #inExecutor()}); written only by the draining thread. */
    private volatile Thread current;

    public SerialExecutor(Executor carrier, String name) {
        this.carrier = carrier;
        this.name = name;
    }

    @Override
    public void execute(Runnable task) {
        tasks.add(task);
        schedule();
    }

    /** True when called from a task of this executor. */
    public boolean inExecutor() {
        return current == Thread.currentThread();
    }

    private void schedule() {
        if (scheduled.compareAndSet(false, true)) {
            carrier.execute(this::drain);
        }
    }

    private void drain() {
        current = Thread.currentThread();
        try {
            Runnable task;
            while ((task = tasks.poll()) != null) {
                try {
                    task.run();
                } catch (RuntimeException | Error e) {
                    log.warn("task failed executor={}", name, e);
                }
            }
        } finally {
            current = null;
            scheduled.set(false);
            // A task added after the last poll but before the flag was cleared would otherwise wait for the next execute.
            if (!tasks.isEmpty()) {
                schedule();
            }
        }
    }
}
