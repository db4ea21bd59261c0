package dev.parley.server;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock tests move forward instead of sleeping. {@link #following()} ticks with real time plus whatever tests added (the shared
 * application context uses it, so a test that advances it must {@link #reset()} it afterwards: other tests may compare the
 * application's time with the database's {@code now()}); {@link #at(Instant)} stands still until advanced (unit tests).
 */
public final class MutableClock extends Clock {
    private final Instant fixed;
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    private MutableClock(Instant fixed) {
        this.fixed = fixed;
    }

    public static MutableClock following() {
        return new MutableClock(null);
    }

    public static MutableClock at(Instant start) {
        return new MutableClock(start);
    }

    public void advance(Duration duration) {
        offset.updateAndGet(o -> o.plus(duration));
    }

    /** Back to the start (real time for {@link #following()}), forgetting every {@link #advance}. */
    public void reset() {
        offset.set(Duration.ZERO);
    }

    @Override
    public Instant instant() {
        return (fixed == null ? Instant.now() : fixed).plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("Parley runs in UTC");
    }
}
