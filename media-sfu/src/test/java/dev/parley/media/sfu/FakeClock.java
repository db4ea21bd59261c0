package dev.parley.media.sfu;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/** A monotonic nanosecond clock the test moves by hand. */
final class FakeClock implements LongSupplier {
    private final AtomicLong now = new AtomicLong(1_000_000_000L);

    @Override
    public long getAsLong() {
        return now.get();
    }

    void advanceMillis(long millis) {
        now.addAndGet(millis * 1_000_000L);
    }
}
