package dev.parley.server.lifecycle;

import dev.parley.server.conference.Conference;
import dev.parley.server.conference.ConferencePart;
import dev.parley.server.conference.LiveId;
import dev.parley.server.conference.Participant;
import dev.parley.server.conference.SerialExecutor;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Records who joined and left each meeting conference ({@code conference_participants}) as a part of the live conference.
 * Ad-hoc rooms have no row and are not recorded. The conference tells the part on its executor; the SQL runs on a serial
 * executor of its own, so the conference never waits for the database and a leave is written after its join. A database
 * failure is logged, never thrown into the conference.
 */
@Component
class Attendance implements ConferencePart.Factory {
    private static final Logger log = LoggerFactory.getLogger(Attendance.class);

    private final ConferenceRows rows;
    private final Clock clock;
    /** One queue for all attendance writes, in the order the conferences reported them. */
    private final SerialExecutor writes = new SerialExecutor(Executors.newVirtualThreadPerTaskExecutor(), "attendance");

    Attendance(ConferenceRows rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    /**
     * Completes once every write reported so far is done, so a reader (GET /conferences/{id}, stop) sees the joins and
     * leaves that happened before it asked. Bounded: a stuck database does not hang the request.
     */
    void awaitWrites() {
        try {
            CompletableFuture.runAsync(() -> { }, writes).get(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            log.warn("attendance writes not settled within 5 s", e);
        }
    }

    @Override
    public ConferencePart create(String conferenceId) {
        OptionalLong rowId = LiveId.rowId(conferenceId);
        if (rowId.isEmpty()) {
            return new ConferencePart() {
            };
        }
        return new Part(conferenceId, rowId.getAsLong());
    }

    private final class Part implements ConferencePart {
        private final String conferenceId;
        private final long rowId;
        /** Participant id → attendance row id; only touched by {@link #writes}. */
        private final Map<String, Long> open = new HashMap<>();

        Part(String conferenceId, long rowId) {
            this.conferenceId = conferenceId;
            this.rowId = rowId;
        }

        @Override
        public void joined(Conference conference, Participant participant) {
            Long userId = participant.guest() ? null : participant.user().userId();
            String name = participant.displayName();
            String participantId = participant.id();
            Instant at = clock.instant();
            writes.execute(() -> {
                try {
                    open.put(participantId, rows.joined(rowId, userId, name, at));
                } catch (RuntimeException e) {
                    log.warn("attendance not recorded conference={} participant={}", conferenceId, participantId, e);
                }
            });
        }

        @Override
        public void left(Conference conference, Participant participant) {
            String participantId = participant.id();
            Instant at = clock.instant();
            writes.execute(() -> {
                Long attendanceId = open.remove(participantId);
                if (attendanceId == null) {
                    return;
                }
                try {
                    rows.left(attendanceId, at);
                } catch (RuntimeException e) {
                    log.warn("attendance leave not recorded conference={} participant={}", conferenceId, participantId, e);
                }
            });
        }
    }
}
