-- Scheduled meetings (seed table "meetings"), their invitees, and the live conferences held for them with their participants.
-- The endpoints come in a later issue; the schema is laid down now so every feature migrates one coherent model.

CREATE TABLE meetings (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title           varchar(200) NOT NULL,
    description     text         NOT NULL DEFAULT '',
    start_time      timestamptz  NOT NULL,
    end_time        timestamptz  NOT NULL,
    host_id         bigint       NOT NULL REFERENCES users (id),
    -- Argon2id PHC string of the optional passcode; NULL = no passcode.
    passcode_hash   varchar(255),
    lobby_enabled   boolean      NOT NULL DEFAULT false,
    allow_guests    boolean      NOT NULL DEFAULT false,
    -- RFC 5545 RRULE (e.g. FREQ=WEEKLY;BYDAY=MO), expanded in time_zone so "9:00 every Monday" survives DST changes.
    recurrence_rule varchar(500),
    time_zone       varchar(64)  NOT NULL DEFAULT 'UTC',
    cancelled_at    timestamptz,
    created_at      timestamptz  NOT NULL DEFAULT now(),
    updated_at      timestamptz  NOT NULL DEFAULT now(),
    CHECK (end_time > start_time)
);
-- The seed's index for "which meetings overlap this interval".
CREATE INDEX meetings_start_end_idx ON meetings (start_time, end_time);
CREATE INDEX meetings_host_idx ON meetings (host_id);

CREATE TABLE meeting_invitees (
    meeting_id bigint      NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    user_id    bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    status     varchar(16) NOT NULL DEFAULT 'invited' CHECK (status IN ('invited', 'accepted', 'declined', 'tentative')),
    invited_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (meeting_id, user_id)
);
-- "my meetings" for an invitee; the primary key already serves lookups by meeting.
CREATE INDEX meeting_invitees_user_idx ON meeting_invitees (user_id);

CREATE TABLE conferences (
    id                      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    meeting_id              bigint      NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    screen_sharing_enabled  boolean     NOT NULL DEFAULT true,
    video_recording_enabled boolean     NOT NULL DEFAULT false,
    started_at              timestamptz NOT NULL DEFAULT now(),
    ended_at                timestamptz,
    started_by              bigint      REFERENCES users (id) ON DELETE SET NULL,
    locked                  boolean     NOT NULL DEFAULT false,
    CHECK (ended_at IS NULL OR ended_at >= started_at)
);
-- The seed's index on conferences(meeting_id).
CREATE INDEX conferences_meeting_idx ON conferences (meeting_id);
-- At most one live (not yet ended) conference per meeting, enforced by the database even when two hosts press "start" at once.
CREATE UNIQUE INDEX conferences_one_live_per_meeting ON conferences (meeting_id) WHERE ended_at IS NULL;

-- One row per join; a participant who leaves and rejoins gets a second row. Guests have no account: user_id is NULL.
CREATE TABLE conference_participants (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    conference_id bigint      NOT NULL REFERENCES conferences (id) ON DELETE CASCADE,
    user_id       bigint      REFERENCES users (id) ON DELETE SET NULL,
    display_name  varchar(64) NOT NULL,
    joined_at     timestamptz NOT NULL DEFAULT now(),
    left_at       timestamptz,
    CHECK (left_at IS NULL OR left_at >= joined_at)
);
-- The seed's conferences(participants) index, as it exists with a join table: who is in a conference, and where was a user.
CREATE INDEX conference_participants_conference_idx ON conference_participants (conference_id);
CREATE INDEX conference_participants_user_idx ON conference_participants (user_id);
