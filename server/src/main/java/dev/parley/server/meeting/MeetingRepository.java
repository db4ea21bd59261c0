package dev.parley.server.meeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for {@code meetings} and {@code meeting_invitees}. Every instant is stored as timestamptz (UTC). */
@Repository
public class MeetingRepository {
    private static final String SELECT = """
            SELECT m.*, u.username AS host_username FROM meetings m JOIN users u ON u.id = m.host_id
            """;

    private final JdbcClient jdbc;

    MeetingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The fields a create or an edit writes. */
    record Fields(String title, String description, Instant start, Instant end, String passcodeHash, String passcodeSealed,
                  boolean lobbyEnabled, boolean allowGuests, String recurrenceRule, ZoneId timeZone, Instant seriesEnd) {
    }

    long insert(long hostId, Fields f) {
        return jdbc.sql("""
                        INSERT INTO meetings (title, description, start_time, end_time, host_id, passcode_hash, passcode_sealed,
                            lobby_enabled, allow_guests, recurrence_rule, time_zone, series_end)
                        VALUES (:title, :description, :start, :end, :host, :passcode, :sealed, :lobby, :guests, :rule, :zone,
                            :seriesEnd)
                        RETURNING id""")
                .params(params(f))
                .param("host", hostId)
                .query(Long.class).single();
    }

    void update(long id, Fields f) {
        jdbc.sql("""
                        UPDATE meetings SET title = :title, description = :description, start_time = :start, end_time = :end,
                            passcode_hash = :passcode, passcode_sealed = :sealed, lobby_enabled = :lobby, allow_guests = :guests, recurrence_rule = :rule,
                            time_zone = :zone, series_end = :seriesEnd, updated_at = now()
                        WHERE id = :id""")
                .params(params(f))
                .param("id", id)
                .update();
    }

    private static java.util.Map<String, Object> params(Fields f) {
        java.util.Map<String, Object> map = new java.util.HashMap<>();
        map.put("title", f.title());
        map.put("description", f.description());
        map.put("start", utc(f.start()));
        map.put("end", utc(f.end()));
        map.put("passcode", f.passcodeHash());
        map.put("sealed", f.passcodeSealed());
        map.put("lobby", f.lobbyEnabled());
        map.put("guests", f.allowGuests());
        map.put("rule", f.recurrenceRule());
        map.put("zone", f.timeZone().getId());
        map.put("seriesEnd", f.seriesEnd() == null ? null : utc(f.seriesEnd()));
        return map;
    }

    void cancel(long id, Instant at) {
        jdbc.sql("UPDATE meetings SET cancelled_at = :at, updated_at = now() WHERE id = :id AND cancelled_at IS NULL")
                .param("id", id).param("at", utc(at)).update();
    }

    public Optional<Meeting> find(long id) {
        return jdbc.sql(SELECT + " WHERE m.id = :id").param("id", id).query(MeetingRepository::map).optional();
    }

    /**
     * Meetings hosted by or inviting {@code userId} that may have an occurrence overlapping [from, to): the series starts
     * before {@code to} and ends (series_end; NULL = open-ended) after {@code from}. Ordered by start_time.
     */
    List<Meeting> overlapping(long userId, Instant from, Instant to, boolean includeCancelled) {
        return jdbc.sql(SELECT + """
                         WHERE (m.host_id = :user OR EXISTS (SELECT 1 FROM meeting_invitees i
                                                              WHERE i.meeting_id = m.id AND i.user_id = :user))
                           AND m.start_time < :to AND (m.series_end IS NULL OR m.series_end > :from)
                           AND (:cancelled OR m.cancelled_at IS NULL)
                         ORDER BY m.start_time, m.id""")
                .param("user", userId).param("from", utc(from)).param("to", utc(to)).param("cancelled", includeCancelled)
                .query(MeetingRepository::map).list();
    }

    public List<Invitee> invitees(long meetingId) {
        return jdbc.sql("""
                        SELECT i.user_id, u.username, u.email, i.status FROM meeting_invitees i JOIN users u ON u.id = i.user_id
                        WHERE i.meeting_id = :m ORDER BY lower(u.username)""")
                .param("m", meetingId)
                .query((rs, row) -> new Invitee(rs.getLong("user_id"), rs.getString("username"), rs.getString("email"),
                        rs.getString("status")))
                .list();
    }

    /** Replaces the invitee set, keeping the answers of people who stay invited (at most a hundred rows). */
    void setInvitees(long meetingId, Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            jdbc.sql("DELETE FROM meeting_invitees WHERE meeting_id = :m").param("m", meetingId).update();
            return;
        }
        jdbc.sql("DELETE FROM meeting_invitees WHERE meeting_id = :m AND user_id NOT IN (:ids)")
                .param("m", meetingId).param("ids", List.copyOf(userIds)).update();
        for (long userId : userIds) {
            jdbc.sql("INSERT INTO meeting_invitees (meeting_id, user_id) VALUES (:m, :u) ON CONFLICT DO NOTHING")
                    .param("m", meetingId).param("u", userId).update();
        }
    }

    /** @return false when {@code userId} is not invited */
    boolean setStatus(long meetingId, long userId, String status) {
        return jdbc.sql("UPDATE meeting_invitees SET status = :s WHERE meeting_id = :m AND user_id = :u")
                .param("s", status).param("m", meetingId).param("u", userId).update() == 1;
    }

    public Optional<String> inviteeStatus(long meetingId, long userId) {
        return jdbc.sql("SELECT status FROM meeting_invitees WHERE meeting_id = :m AND user_id = :u")
                .param("m", meetingId).param("u", userId).query(String.class).optional();
    }

    String email(long userId) {
        return jdbc.sql("SELECT email FROM users WHERE id = :u").param("u", userId).query(String.class).single();
    }

    /** Accounts matching each name: a username or an email, ignoring case. */
    Optional<Long> userIdByNameOrEmail(String name) {
        return jdbc.sql("SELECT id FROM users WHERE lower(username) = lower(:n) OR lower(email) = lower(:n) ORDER BY id LIMIT 1")
                .param("n", name).query(Long.class).optional();
    }

    /** Up to {@code limit} usernames starting with {@code prefix} (case-insensitive), for invitee autocomplete. */
    List<UserMatch> searchUsers(String prefix, int limit) {
        String escaped = prefix.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return jdbc.sql("SELECT id, username FROM users WHERE lower(username) LIKE :p ORDER BY lower(username) LIMIT :limit")
                .param("p", escaped + "%").param("limit", limit)
                .query((rs, row) -> new UserMatch(rs.getLong("id"), rs.getString("username"))).list();
    }

    /** The live conference of a meeting (conferences row not yet ended), if one runs. */
    public Optional<LiveConference> liveConference(long meetingId) {
        return jdbc.sql("SELECT id, started_at FROM conferences WHERE meeting_id = :m AND ended_at IS NULL")
                .param("m", meetingId)
                .query((rs, row) -> new LiveConference(rs.getLong("id"), instant(rs, "started_at"))).optional();
    }

    /** The live conference row of a meeting: its id and start. */
    public record LiveConference(long id, Instant startedAt) {
    }

    /** The meeting's most recent conference, live or ended, if it was ever held. */
    public Optional<HeldConference> lastConference(long meetingId) {
        return jdbc.sql("SELECT started_at, ended_at FROM conferences WHERE meeting_id = :m ORDER BY started_at DESC, id DESC LIMIT 1")
                .param("m", meetingId)
                .query((rs, row) -> new HeldConference(instant(rs, "started_at"), instant(rs, "ended_at"))).optional();
    }

    /** When a conference of a meeting ran; {@code endedAt} null while it is live. */
    public record HeldConference(Instant startedAt, Instant endedAt) {
        /** Hosts open the call a little early: a conference started this long before an occurrence still belongs to it. */
        static final java.time.Duration EARLY_START = java.time.Duration.ofHours(1);

        /** Ended, and held for the occurrence running from {@code start} to {@code end}. */
        public boolean endedFor(Instant start, Instant end) {
            return endedAt != null && !startedAt.isBefore(start.minus(EARLY_START)) && startedAt.isBefore(end);
        }
    }

    /** One account found by the invitee search. */
    record UserMatch(long id, String username) {
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static Meeting map(ResultSet rs, int row) throws SQLException {
        return new Meeting(rs.getLong("id"), rs.getString("title"), rs.getString("description"), instant(rs, "start_time"),
                instant(rs, "end_time"), rs.getLong("host_id"), rs.getString("host_username"), rs.getString("passcode_hash"),
                rs.getBoolean("lobby_enabled"), rs.getBoolean("allow_guests"), rs.getString("recurrence_rule"),
                ZoneId.of(rs.getString("time_zone")), instant(rs, "cancelled_at"), instant(rs, "created_at"),
                instant(rs, "updated_at"), rs.getString("passcode_sealed"));
    }
}
