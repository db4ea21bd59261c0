package dev.parley.server.signaling;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.WebSocketSession;

/**
 * A participant's channel never makes the conference wait: sends only queue, even while the peer does not read at all, and
 * a peer that falls more than a megabyte behind is closed (1008) instead of growing the queue for ever.
 */
class SignalingSessionTest {
    @Test
    void sendsToAPeerThatNeverReadsReturnAtOnceAndTheSocketIsCutOffPastTheLimit() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        AtomicInteger writes = new AtomicInteger();
        CompletableFuture<CloseStatus> closed = new CompletableFuture<>();
        WebSocketSession stuck = (WebSocketSession) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {WebSocketSession.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getId" -> "stuck";
                    case "isOpen" -> !closed.isDone();
                    case "sendMessage" -> {
                        writes.incrementAndGet();
                        never.await();
                        yield null;
                    }
                    case "close" -> {
                        closed.complete(args == null ? CloseStatus.NORMAL : (CloseStatus) args[0]);
                        yield null;
                    }
                    default -> null;
                });
        ExecutorService writers = Executors.newVirtualThreadPerTaskExecutor();
        try {
            SignalingSession session = new SignalingSession(stuck, writers);
            String kilobyte = "x".repeat(1024);
            long start = System.nanoTime();
            for (int i = 0; i < 900; i++) {
                session.send("chat_message", new Body(kilobyte));
            }
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).as("900 queued sends, ms").isLessThan(2_000);
            assertThat(closed).isNotDone();

            for (int i = 0; i < 200; i++) {
                session.send("chat_message", new Body(kilobyte));
            }
            assertThat(closed.get(5, TimeUnit.SECONDS).getCode()).isEqualTo(CloseStatus.POLICY_VIOLATION.getCode());
            assertThat(writes.get()).as("one writer at a time, stuck in the first write").isEqualTo(1);
        } finally {
            never.countDown();
            writers.shutdownNow();
        }
    }

    private record Body(String text) {
    }
}
