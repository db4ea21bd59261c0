package dev.parley.server.meeting;

import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Single occurrences of a series that were cancelled or moved ({@code meeting_occurrence_changes}): the RFC 5545 EXDATE and
 * RECURRENCE-ID overrides of one series.
 */
@Repository
class OccurrenceChanges {
    private final JdbcClient jdbc;

    OccurrenceChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One change: the occurrence's original start; cancelled, or moved to [start, end). */
    record Change(Instant occurrenceStart, boolean cancelled, Instant start, Instant end) {
    }

    Map<Instant, Change> of(long meetingId) {
        return jdbc.sql("SELECT * FROM meeting_occurrence_changes WHERE meeting_id = :m")
                .param("m", meetingId)
                .query((rs, row) -> new Change(MeetingRepository.instant(rs, "occurrence_start"), rs.getBoolean("cancelled"),
                        MeetingRepository.instant(rs, "start_time"), MeetingRepository.instant(rs, "end_time")))
                .list().stream().collect(Collectors.toMap(Change::occurrenceStart, Function.identity()));
    }

    void cancel(long meetingId, Instant occurrenceStart) {
        jdbc.sql("""
                        INSERT INTO meeting_occurrence_changes (meeting_id, occurrence_start, cancelled) VALUES (:m, :o, true)
                        ON CONFLICT (meeting_id, occurrence_start) DO UPDATE SET cancelled = true""")
                .param("m", meetingId).param("o", MeetingRepository.utc(occurrenceStart)).update();
    }

    void move(long meetingId, Instant occurrenceStart, Instant start, Instant end) {
        jdbc.sql("""
                        INSERT INTO meeting_occurrence_changes (meeting_id, occurrence_start, cancelled, start_time, end_time)
                        VALUES (:m, :o, false, :s, :e)
                        ON CONFLICT (meeting_id, occurrence_start)
                        DO UPDATE SET cancelled = false, start_time = :s, end_time = :e""")
                .param("m", meetingId).param("o", MeetingRepository.utc(occurrenceStart))
                .param("s", MeetingRepository.utc(start)).param("e", MeetingRepository.utc(end)).update();
    }

    /** A series edit rewrites the rule: old per-occurrence changes would point at starts that no longer exist. */
    void clear(long meetingId) {
        jdbc.sql("DELETE FROM meeting_occurrence_changes WHERE meeting_id = :m").param("m", meetingId).update();
    }
}
