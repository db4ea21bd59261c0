package dev.parley.server.security;

import dev.parley.server.problem.ProblemException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Runs a slow {@link PasswordEncoder} on a small pool of platform threads with a bounded queue. Request threads (virtual, on
 * as many carriers as there are cores) only wait: without this, 300 concurrent logins kept every core hashing and a readiness
 * check took 7.4 s. When the queue is full the caller gets 503 with Retry-After at once; when its hash has not finished within
 * the timeout, 503 as well (a queued hash is cancelled, a running one finishes unobserved: Argon2 cannot be interrupted).
 * Every caller, including the dummy hash of a login for an unknown username, goes through the same queue, so queueing adds no
 * timing difference between known and unknown usernames.
 */
final class BoundedPasswordEncoder implements PasswordEncoder, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(BoundedPasswordEncoder.class);
    /** How long a refused client should wait: a full queue drains in about queue x 50 ms / threads, about 2 s by default. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(2);
    private static final long WARN_EVERY_NANOS = TimeUnit.SECONDS.toNanos(10);
    static final String BUSY = "The server is busy checking other passwords. Try again in a few seconds.";

    private final PasswordEncoder delegate;
    private final ThreadPoolExecutor pool;
    private final Duration timeout;
    private final Counter refused;
    private final AtomicLong lastWarning = new AtomicLong(System.nanoTime() - WARN_EVERY_NANOS - 1);

    BoundedPasswordEncoder(PasswordEncoder delegate, PasswordHashingProperties properties, MeterRegistry meters) {
        this.delegate = delegate;
        this.timeout = properties.queueTimeout();
        int threads = properties.effectiveThreads();
        AtomicInteger number = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(properties.queue()),
                task -> Thread.ofPlatform().daemon().name("password-hash-" + number.incrementAndGet()).unstarted(task),
                new ThreadPoolExecutor.AbortPolicy());
        this.refused = Counter.builder("parley.password.hash.refused")
                .description("password checks refused with 503 because the hashing queue was full or too slow").register(meters);
        Gauge.builder("parley.password.hash.queued", pool, p -> p.getQueue().size())
                .description("password hashes waiting for a hashing thread").register(meters);
        log.info("password hashing pool threads={} queue={} timeout={}", threads, properties.queue(), timeout);
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return run(() -> delegate.encode(rawPassword));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        return run(() -> delegate.matches(rawPassword, encodedPassword));
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword); // parses the PHC string only: no hashing
    }

    /** Cancels a hash nobody waits for and frees its queue slot at once (a cancelled task would otherwise hold it until a
     *  pool thread dequeues it, refusing a newcomer meanwhile). */
    private void abandon(Future<?> result) {
        result.cancel(false);
        if (result instanceof Runnable queued) {
            pool.remove(queued);
        }
    }

    private <T> T run(Callable<T> hash) {
        Future<T> result;
        try {
            result = pool.submit(hash);
        } catch (RejectedExecutionException full) {
            throw busy("queue full");
        }
        try {
            return result.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException slow) {
            abandon(result);
            throw busy("timed out");
        } catch (InterruptedException e) {
            abandon(result);
            Thread.currentThread().interrupt();
            throw busy("interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("password hashing failed", e.getCause());
        }
    }

    private ProblemException busy(String why) {
        refused.increment();
        // In a storm this happens hundreds of times a second: one line per 10 s is enough, the counter has the rest.
        long now = System.nanoTime();
        long last = lastWarning.get();
        if (now - last > WARN_EVERY_NANOS && lastWarning.compareAndSet(last, now)) {
            log.warn("password checks refused, server busy reason=\"{}\" queued={} refused_total={}", why, pool.getQueue().size(),
                    (long) refused.count());
        }
        return ProblemException.overloaded(BUSY, RETRY_AFTER);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
