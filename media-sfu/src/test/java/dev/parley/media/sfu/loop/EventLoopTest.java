package dev.parley.media.sfu.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EventLoopTest {
    private final AtomicInteger ticks = new AtomicInteger();
    private final EventLoop loop = new EventLoop("test-loop", System::nanoTime, Duration.ofMillis(5), now -> ticks.incrementAndGet());

    @AfterEach
    void close() {
        loop.close();
    }

    @Test
    void runsTasksInPostingOrderOnItsOwnNamedThread() {
        List<String> seen = new CopyOnWriteArrayList<>();
        for (int i = 0; i < 1000; i++) {
            int n = i;
            loop.post(() -> seen.add(Thread.currentThread().getName() + ":" + n));
        }

        loop.call(() -> null, Duration.ofSeconds(2));

        assertThat(seen).hasSize(1000).allMatch(s -> s.startsWith("test-loop:"));
        assertThat(seen.get(999)).isEqualTo("test-loop:999");
        assertThat(seen).isSortedAccordingTo((a, b) -> Integer.compare(number(a), number(b)));
    }

    private static int number(String s) {
        return Integer.parseInt(s.substring(s.indexOf(':') + 1));
    }

    @Test
    void callRunsDirectlyWhenAlreadyOnTheLoop() {
        Integer nested = loop.call(() -> loop.call(() -> 42, Duration.ofMillis(1)), Duration.ofSeconds(2));

        assertThat(nested).isEqualTo(42);
    }

    @Test
    void ticksPeriodicallyWithoutSpinning() throws InterruptedException {
        int before = ticks.get();
        Thread.sleep(100);

        assertThat(ticks.get() - before).as("5 ms period over 100 ms").isBetween(5, 30);
    }

    @Test
    void aFailingTaskDoesNotStopTheLoop() {
        loop.post(() -> {
            throw new IllegalStateException("boom");
        });

        assertThat(loop.call(() -> "alive", Duration.ofSeconds(2))).isEqualTo("alive");
        assertThatThrownBy(() -> loop.submit(() -> {
            throw new IllegalArgumentException("reported");
        }).join()).isInstanceOf(CompletionException.class).hasCauseInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void closeRunsWhatIsQueuedEndsTheThreadAndRefusesNewWork() throws InterruptedException {
        CountDownLatch ran = new CountDownLatch(1);
        loop.post(() -> {
            sleep(50);
            ran.countDown();
        });

        loop.close();

        assertThat(ran.await(1, TimeUnit.SECONDS)).isTrue();
        assertThat(loop.isTerminated()).isTrue();
        assertThat(loop.submit(() -> 1)).isCompletedExceptionally();
        loop.post(() -> {
            throw new AssertionError("must not run");
        });
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
