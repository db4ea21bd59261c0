package dev.parley.server.lifecycle;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Ends, at start-up, the conferences an earlier run of this server left live in the database. Live conferences exist only in
 * the memory of the process that runs them; after a crash, {@code kill -9} or a SIGTERM their {@code conferences} rows still
 * said "live", so the meeting could not be started again (conferences_one_live_per_meeting) and showed as running. Open
 * attendance rows are closed at the same instant: nobody is in any conference of a server that is only starting.
 *
 * <p>Runs once every bean exists (Flyway has migrated) and before the web server takes its first request, so no join can
 * race it. The end time is this start's time: when the old process died is not recorded anywhere.
 */
@Component
class LeftLiveConferences implements SmartInitializingSingleton {
    private static final Logger log = LoggerFactory.getLogger(LeftLiveConferences.class);

    private final JdbcClient jdbc;
    private final Clock clock;

    LeftLiveConferences(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        try {
            List<Long> ended = endAll(clock.instant());
            if (!ended.isEmpty()) {
                log.warn("ended conferences left live by a previous run count={} ids={}", ended.size(), ended);
            }
        } catch (RuntimeException e) {
            // The rest of the server works without this; those meetings stay blocked until their host stops them.
            log.error("could not end the conferences left live by a previous run", e);
        }
    }

    /**
     * Ends every live conference and closes every open attendance row; returns the ended conference ids. (The closing statement
     * cannot see the conferences the first one ends, one snapshot for both: hence all open rows, not those of "ended".)
     *
     * <p>Single node: every live row was run by this server's previous process, because no other node exists. In multi-node
     * mode another node may be running some of them right now: restrict both statements to this node's conferences (its own
     * node id on the conferences row) before enabling it there.
     */
    List<Long> endAll(Instant at) {
        return jdbc.sql("""
                        WITH ended AS (
                            UPDATE conferences SET ended_at = greatest(:at, started_at) WHERE ended_at IS NULL RETURNING id),
                        closed AS (
                            UPDATE conference_participants SET left_at = greatest(:at, joined_at) WHERE left_at IS NULL)
                        SELECT id FROM ended ORDER BY id""")
                .param("at", at.atOffset(ZoneOffset.UTC))
                .query(Long.class).list();
    }
}
