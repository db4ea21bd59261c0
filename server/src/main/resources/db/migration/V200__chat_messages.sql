-- In-meeting chat (issue 5). A message is stored before it is broadcast, so what others saw is never lost.
-- room: 'meeting:<meetings.id>' when the conference belongs to a meeting (history carries over to the next run of a
-- recurring meeting), otherwise 'room:<conference id>' for ad-hoc rooms.
CREATE TABLE chat_messages (
    id                       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    room                     varchar(80)   NOT NULL,
    meeting_id               bigint        REFERENCES meetings (id) ON DELETE CASCADE,
    conference_id            varchar(64)   NOT NULL,
    sender_participant_id    varchar(64)   NOT NULL,
    -- 0 for guests (no account), as in ConferenceUser.
    sender_user_id           bigint        NOT NULL,
    sender_name              varchar(64)   NOT NULL,
    -- Private messages only: NULL = everyone in the room.
    recipient_participant_id varchar(64),
    recipient_user_id        bigint,
    recipient_name           varchar(64),
    body                     varchar(4000) NOT NULL,
    sent_at                  timestamptz   NOT NULL,
    -- Deleted by the host: kept as a row (history shows "deleted"), the text is never sent again.
    deleted_at               timestamptz,
    CHECK (char_length(body) BETWEEN 1 AND 4000)
);
-- History pages: newest first by id within one room.
CREATE INDEX chat_messages_room_idx ON chat_messages (room, id);
CREATE INDEX chat_messages_meeting_idx ON chat_messages (meeting_id) WHERE meeting_id IS NOT NULL;
