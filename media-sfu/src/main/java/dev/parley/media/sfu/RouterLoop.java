package dev.parley.media.sfu;

import dev.parley.media.sfu.loop.EventLoop;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;

/**
 * The thread a Router and everything below it run on, as its children see it: post work, wait briefly for a snapshot, read the
 * clock, borrow the send buffers. Children get this, not the Router: they run on its thread but report to their owner only
 * through their own listener interfaces (decision 0008).
 *
 * <p>The scratch buffers are loop-thread only: one packet is written, sent (protected in place) and forgotten before the next.
 */
final class RouterLoop implements AutoCloseable {
    /** Loop period for RTCP reports, NACK retries and paced keyframe requests: 20 ms keeps NACK latency low and cost negligible. */
    static final Duration TICK = Duration.ofMillis(20);
    /** Packets queued for the loop beyond which new ones are dropped (about 1 s of 10 participants' media). */
    static final int MAX_QUEUED_PACKETS = 20_000;
    /** Room after a packet for the SRTP auth tag the transport appends in place (16 bytes for both profiles; spare for safety). */
    static final int SEND_BUFFER = 1500 + 64;
    /** How long a cross-thread stats read waits for the loop. */
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(2);

    private final EventLoop loop;
    private final AtomicInteger queuedPackets = new AtomicInteger();
    private final AtomicLong overloadDrops = new AtomicLong();
    private final byte[] rtpScratch = new byte[SEND_BUFFER];
    private final byte[] rtcpScratch = new byte[SEND_BUFFER];

    RouterLoop(String name, LongSupplier nanoClock, LongConsumer onTick) {
        this.loop = new EventLoop(name, nanoClock, TICK, onTick);
    }

    long nanoTime() {
        return loop.nanoTime();
    }

    void post(Runnable task) {
        loop.post(task);
    }

    <T> CompletableFuture<T> submit(Callable<T> task) {
        return loop.submit(task);
    }

    /** Runs {@code task} on the loop and waits for its result (stats snapshots; never on the packet path). */
    <T> T call(Callable<T> task) {
        return loop.call(task, CALL_TIMEOUT);
    }

    /** Posts one received packet, shedding load when the loop is far behind (counted as SFU_ROUTER_OVERLOADED). */
    void postPacket(Runnable task) {
        if (loop.isClosed()) {
            return;
        }
        if (queuedPackets.incrementAndGet() > MAX_QUEUED_PACKETS) {
            queuedPackets.decrementAndGet();
            overloadDrops.incrementAndGet();
            return;
        }
        loop.post(() -> {
            queuedPackets.decrementAndGet();
            task.run();
        });
    }

    long overloadDrops() {
        return overloadDrops.get();
    }

    /** Where a Consumer writes the RTP packet it is about to send (loop thread). */
    byte[] rtpScratch() {
        return rtpScratch;
    }

    /** Where a transport writes the RTCP compound it is about to send (loop thread). */
    byte[] rtcpScratch() {
        return rtcpScratch;
    }

    boolean isTerminated() {
        return loop.isTerminated();
    }

    @Override
    public void close() {
        loop.close();
    }
}
