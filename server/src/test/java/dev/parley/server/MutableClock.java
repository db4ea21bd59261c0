package dev.parley.server;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The application's clock in tests: starts at the real time and only moves forward, when a test calls {@link #advance}. Tests share
 * one application context, so a test that advances it must not assume anything about the absolute time others see.
 */
public final class MutableClock extends Clock {
    private final AtomicReference<Instant> offset = new AtomicReference<>(Instant.EPOCH);

    public void advance(Duration duration) {
        offset.updateAndGet(o -> o.plus(duration));
    }

    @Override
    public Instant instant() {
        return Instant.now().plusMillis(offset.get().toEpochMilli());
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
