package dev.parley.server.media;

import dev.parley.media.sfu.MediaServer;
import dev.parley.media.sfu.MediaStats;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * The media plane's stats, taken at most once per {@link #MAX_AGE}: one Prometheus scrape reads a dozen meters, and each full
 * snapshot visits every Router's loop.
 */
@Component
class MediaStatsSnapshot {
    static final Duration MAX_AGE = Duration.ofSeconds(1);

    private final MediaServer mediaServer;
    private final Clock clock;
    /** Guarded by this. */
    private MediaStats last;
    private Instant takenAt = Instant.MIN;

    MediaStatsSnapshot(MediaServer mediaServer, Clock clock) {
        this.mediaServer = mediaServer;
        this.clock = clock;
    }

    synchronized MediaStats get() {
        Instant now = clock.instant();
        if (last == null || !now.isBefore(takenAt.plus(MAX_AGE))) {
            last = mediaServer.stats();
            takenAt = now;
        }
        return last;
    }
}
