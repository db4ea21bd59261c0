package dev.parley.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.server.problem.ProblemException;
import dev.parley.server.problem.ProblemType;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The bounded hashing pool: one thread, a queue of one, with a fake encoder that hashes only when the test lets it. */
class BoundedPasswordEncoderTest {
    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicInteger started = new AtomicInteger();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    /** Request threads; not the common pool, which has a single worker on a 2-core machine. */
    private final ExecutorService callers = Executors.newCachedThreadPool();
    private BoundedPasswordEncoder encoder = encoder(Duration.ofSeconds(10));

    private BoundedPasswordEncoder encoder(Duration timeout) {
        return new BoundedPasswordEncoder(new SlowEncoder(), new PasswordHashingProperties(1, 1, timeout), meters);
    }

    @AfterEach
    void stop() {
        release.countDown();
        encoder.close();
        callers.shutdownNow();
    }

    @Test
    void hashesOnThePoolAndReturnsTheAnswer() {
        release.countDown();

        assertThat(encoder.encode("pw")).isEqualTo("hash:pw");
        assertThat(encoder.matches("pw", "hash:pw")).isTrue();
        assertThat(encoder.matches("other", "hash:pw")).isFalse();
    }

    @Test
    void aFullQueueIsRefusedAtOnceWith503AndRetryAfter() throws Exception {
        CompletableFuture<String> running = CompletableFuture.supplyAsync(() -> encoder.encode("first"), callers);
        awaitStarted(1);
        CompletableFuture<String> queued = CompletableFuture.supplyAsync(() -> encoder.encode("second"), callers);
        awaitQueued();

        long before = System.nanoTime();
        assertThatThrownBy(() -> encoder.matches("third", "hash:third"))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.type()).isEqualTo(ProblemType.OVERLOADED);
                    assertThat(e.type().status().value()).isEqualTo(503);
                    assertThat(e.retryAfter()).isPositive();
                });
        assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofMillis(200));
        release.countDown();
        assertThat(running.get(5, TimeUnit.SECONDS)).isEqualTo("hash:first");
        assertThat(queued.get(5, TimeUnit.SECONDS)).isEqualTo("hash:second");
        assertThat(meters.get("parley.password.hash.refused").counter().count()).isEqualTo(1);
    }

    @Test
    void aWaitingCallerTimesOutCleanlyAndItsQueuedHashNeverRuns() throws Exception {
        encoder.close();
        encoder = encoder(Duration.ofMillis(300));
        CompletableFuture<String> running = CompletableFuture.supplyAsync(() -> encoder.encode("first"), callers);
        awaitStarted(1);

        long before = System.nanoTime();
        assertThatThrownBy(() -> encoder.encode("late"))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.OVERLOADED));
        assertThat(Duration.ofNanos(System.nanoTime() - before)).isBetween(Duration.ofMillis(250), Duration.ofSeconds(3));
        assertThat(running).as("the running hash's caller times out too").failsWithin(Duration.ofSeconds(5));
        release.countDown();
        assertThat(encoder.encode("next")).isEqualTo("hash:next");
        assertThat(started).as("first and next ran; the timed-out one was cancelled before it started").hasValue(2);
    }

    private void awaitStarted(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (started.get() < count && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(started).hasValue(count);
    }

    private void awaitQueued() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (meters.get("parley.password.hash.queued").gauge().value() < 1 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(meters.get("parley.password.hash.queued").gauge().value()).isEqualTo(1);
    }

    /** Stands for Argon2: blocks until released, like a hash that takes a while. */
    private final class SlowEncoder implements PasswordEncoder {
        @Override
        public String encode(CharSequence raw) {
            hold();
            return "hash:" + raw;
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            hold();
            return encoded.equals("hash:" + raw);
        }

        private void hold() {
            started.incrementAndGet();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
