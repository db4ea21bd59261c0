package dev.parley.server.chat;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import dev.parley.server.conference.LiveId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for {@code chat_messages} (V200). Every read takes the reader's identity and returns private messages only when the
 * reader sent or received them, so no caller can forget that rule.
 */
@Repository
public class ChatRepository {
    /** Guests have no account (ConferenceUser.userId 0): they are matched by participant id only. */
    private static final long GUEST_USER_ID = 0;
    private static final String VISIBLE = """
            (recipient_participant_id IS NULL
             OR sender_participant_id = :pid OR recipient_participant_id = :pid
             OR (:uid <> 0 AND (sender_user_id = :uid OR recipient_user_id = :uid)))""";

    private final JdbcClient jdbc;

    public ChatRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Who reads: their account (0 for a guest) and, in a live conference, their participant id (else null). */
    public record Reader(long userId, String participantId) {
    }

    /** A new message before it has an id. */
    record Draft(String room, Long meetingId, String conferenceId, ChatMessage.Person from, long fromUserId,
                 ChatMessage.Person to, Long toUserId, String text, Instant sentAt) {
    }

    /** Where a conference's chat is kept: by meeting when it belongs to one (so it survives to the next run), else by id. */
    record ChatLog(String key, Long meetingId) {
    }

    ChatLog roomOf(String conferenceId) {
        java.util.OptionalLong rowId = LiveId.rowId(conferenceId);
        if (rowId.isPresent()) {
            Optional<Long> meeting = jdbc.sql("SELECT meeting_id FROM conferences WHERE id = :id")
                    .param("id", rowId.getAsLong()).query(Long.class).optional();
            if (meeting.isPresent()) {
                return new ChatLog(meetingRoom(meeting.get()), meeting.get());
            }
        }
        return new ChatLog("room:" + conferenceId, null);
    }

    static String meetingRoom(long meetingId) {
        return "meeting:" + meetingId;
    }

    ChatMessage insert(Draft draft) {
        long id = jdbc.sql("""
                        INSERT INTO chat_messages (room, meeting_id, conference_id, sender_participant_id, sender_user_id,
                            sender_name, recipient_participant_id, recipient_user_id, recipient_name, body, sent_at)
                        VALUES (:room, :meeting, :conference, :fromPid, :fromUid, :fromName, :toPid, :toUid, :toName, :body, :at)
                        RETURNING id""")
                .param("room", draft.room()).param("meeting", draft.meetingId()).param("conference", draft.conferenceId())
                .param("fromPid", draft.from().participantId()).param("fromUid", draft.fromUserId())
                .param("fromName", draft.from().name())
                .param("toPid", draft.to() == null ? null : draft.to().participantId()).param("toUid", draft.toUserId())
                .param("toName", draft.to() == null ? null : draft.to().name())
                .param("body", draft.text()).param("at", OffsetDateTime.ofInstant(draft.sentAt(), ZoneOffset.UTC))
                .query(Long.class).single();
        return find(id).orElseThrow();
    }

    Optional<ChatMessage> find(long id) {
        return jdbc.sql("SELECT * FROM chat_messages WHERE id = :id").param("id", id).query(ChatRepository::map).optional();
    }

    /** The room of a stored message, to check that a delete names a message of the deleter's own conference. */
    Optional<String> roomOfMessage(long id) {
        return jdbc.sql("SELECT room FROM chat_messages WHERE id = :id").param("id", id).query(String.class).optional();
    }

    /** Marks a message deleted; false when it already was (or does not exist). */
    boolean markDeleted(long id, Instant at) {
        return jdbc.sql("UPDATE chat_messages SET deleted_at = :at WHERE id = :id AND deleted_at IS NULL")
                .param("id", id).param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).update() == 1;
    }

    /**
     * One page of a room's history as {@code reader} may see it: the {@code limit} newest messages with an id below
     * {@code beforeId} (null: from the newest), returned oldest first (newest last, as a chat panel shows them).
     */
    List<ChatMessage> page(String room, Reader reader, Long beforeId, int limit) {
        List<ChatMessage> newestFirst = jdbc.sql("SELECT * FROM chat_messages WHERE room = :room AND id < :before AND "
                        + VISIBLE + " ORDER BY id DESC LIMIT :limit")
                .param("room", room).param("before", beforeId == null ? Long.MAX_VALUE : beforeId)
                .param("pid", reader.participantId() == null ? "" : reader.participantId())
                .param("uid", reader.userId() == GUEST_USER_ID ? 0 : reader.userId())
                .param("limit", limit)
                .query(ChatRepository::map).list();
        List<ChatMessage> oldestFirst = new ArrayList<>(newestFirst);
        Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    /** Every message of a meeting that {@code userId} may see (for the export), oldest first. */
    List<ChatMessage> ofMeeting(long meetingId, long userId) {
        return jdbc.sql("SELECT * FROM chat_messages WHERE room = :room AND " + VISIBLE + " ORDER BY id")
                .param("room", meetingRoom(meetingId)).param("pid", "").param("uid", userId)
                .query(ChatRepository::map).list();
    }

    /** Whether the user was ever a participant of one of the meeting's conferences (attendance). */
    boolean attended(long meetingId, long userId) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM conference_participants p JOIN conferences c ON c.id = p.conference_id
                                       WHERE c.meeting_id = :m AND p.user_id = :u)""")
                .param("m", meetingId).param("u", userId).query(Boolean.class).single();
    }

    private static ChatMessage map(ResultSet rs, int row) throws SQLException {
        String toPid = rs.getString("recipient_participant_id");
        boolean deleted = rs.getTimestamp("deleted_at") != null;
        return new ChatMessage(rs.getLong("id"), rs.getObject("sent_at", OffsetDateTime.class).toInstant(),
                new ChatMessage.Person(rs.getString("sender_participant_id"), rs.getString("sender_name")),
                toPid == null ? null : new ChatMessage.Person(toPid, rs.getString("recipient_name")),
                deleted ? null : rs.getString("body"), deleted);
    }
}
