package dev.parley.server.lifecycle;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for {@code conferences} and {@code conference_participants} (attendance). The partial unique index
 * conferences_one_live_per_meeting makes "one live conference per meeting" hold even when two starts race.
 */
@Repository
class ConferenceRows {
    private final JdbcClient jdbc;

    ConferenceRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts a live conference; a DuplicateKeyException means the meeting already has one. */
    long start(long meetingId, long startedBy, boolean screenSharing, boolean recording, Instant at) {
        return jdbc.sql("""
                        INSERT INTO conferences (meeting_id, screen_sharing_enabled, video_recording_enabled, started_at, started_by)
                        VALUES (:m, :screen, :rec, :at, :by) RETURNING id""")
                .param("m", meetingId).param("screen", screenSharing).param("rec", recording).param("at", utc(at))
                .param("by", startedBy)
                .query(Long.class).single();
    }

    Optional<ConferenceRow> find(long id) {
        return jdbc.sql("SELECT * FROM conferences WHERE id = :id").param("id", id).query(ConferenceRows::map).optional();
    }

    Optional<ConferenceRow> live(long meetingId) {
        return jdbc.sql("SELECT * FROM conferences WHERE meeting_id = :m AND ended_at IS NULL").param("m", meetingId)
                .query(ConferenceRows::map).optional();
    }

    /** The meeting's conferences, newest first. */
    List<ConferenceRow> ofMeeting(long meetingId) {
        return jdbc.sql("SELECT * FROM conferences WHERE meeting_id = :m ORDER BY started_at DESC, id DESC").param("m", meetingId)
                .query(ConferenceRows::map).list();
    }

    /** Ends a live conference and closes its open attendance rows; false when it had already ended. */
    boolean end(long id, Instant at) {
        int ended = jdbc.sql("UPDATE conferences SET ended_at = greatest(:at, started_at) WHERE id = :id AND ended_at IS NULL")
                .param("id", id).param("at", utc(at)).update();
        jdbc.sql("UPDATE conference_participants SET left_at = greatest(:at, joined_at) WHERE conference_id = :id AND left_at IS NULL")
                .param("id", id).param("at", utc(at)).update();
        return ended == 1;
    }

    void updateSettings(long id, boolean screenSharing, boolean recording, boolean locked) {
        jdbc.sql("""
                        UPDATE conferences SET screen_sharing_enabled = :screen, video_recording_enabled = :rec, locked = :locked
                        WHERE id = :id""")
                .param("id", id).param("screen", screenSharing).param("rec", recording).param("locked", locked).update();
    }

    /** An attendance row for one join; returns its id. */
    long joined(long conferenceId, Long userId, String displayName, Instant at) {
        return jdbc.sql("""
                        INSERT INTO conference_participants (conference_id, user_id, display_name, joined_at)
                        VALUES (:c, :u, :name, :at) RETURNING id""")
                .param("c", conferenceId).param("u", userId).param("name", displayName).param("at", utc(at))
                .query(Long.class).single();
    }

    void left(long attendanceId, Instant at) {
        jdbc.sql("UPDATE conference_participants SET left_at = greatest(:at, joined_at) WHERE id = :id AND left_at IS NULL")
                .param("id", attendanceId).param("at", utc(at)).update();
    }

    /** Who joined a conference and when they left (null while still in), in join order. */
    List<AttendanceRecord> attendance(long conferenceId) {
        return jdbc.sql("""
                        SELECT p.*, u.username FROM conference_participants p LEFT JOIN users u ON u.id = p.user_id
                        WHERE p.conference_id = :c ORDER BY p.joined_at, p.id""")
                .param("c", conferenceId)
                .query((rs, row) -> new AttendanceRecord(rs.getObject("user_id", Long.class), rs.getString("username"),
                        rs.getString("display_name"), instant(rs, "joined_at"), instant(rs, "left_at")))
                .list();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static ConferenceRow map(ResultSet rs, int row) throws SQLException {
        return new ConferenceRow(rs.getLong("id"), rs.getLong("meeting_id"), rs.getBoolean("screen_sharing_enabled"),
                rs.getBoolean("video_recording_enabled"), rs.getBoolean("locked"), instant(rs, "started_at"),
                instant(rs, "ended_at"), rs.getObject("started_by", Long.class));
    }
}
