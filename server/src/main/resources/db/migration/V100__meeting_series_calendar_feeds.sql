-- Meetings feature (issue 4): where a recurring series ends, single-occurrence changes, and the personal calendar feeds.

-- Last instant of the last occurrence (end_time for a one-off meeting; NULL = a series without COUNT/UNTIL, open-ended),
-- so "meetings overlapping [from, to)" stays one range condition on the seed's (start_time, end_time) index plus this column.
ALTER TABLE meetings ADD COLUMN series_end timestamptz;
UPDATE meetings SET series_end = end_time WHERE recurrence_rule IS NULL;
CREATE INDEX meetings_series_end_idx ON meetings (series_end);

-- One row per occurrence of a series that was cancelled or moved on its own (RFC 5545 EXDATE / RECURRENCE-ID).
-- occurrence_start is the occurrence's original start, as the RRULE generates it.
CREATE TABLE meeting_occurrence_changes (
    meeting_id       bigint      NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    occurrence_start timestamptz NOT NULL,
    cancelled        boolean     NOT NULL DEFAULT false,
    -- The new times of a moved occurrence; NULL when it only was cancelled.
    start_time       timestamptz,
    end_time         timestamptz,
    PRIMARY KEY (meeting_id, occurrence_start),
    CHECK (cancelled OR (start_time IS NOT NULL AND end_time IS NOT NULL AND end_time > start_time))
);

-- A user's secret calendar subscription URL (/meetings/feed/<token>.ics). Only the SHA-256 of the token is kept;
-- rotating replaces the row, revoking deletes it.
CREATE TABLE calendar_feeds (
    user_id    bigint      PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    token_hash bytea       NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT calendar_feeds_token_hash_key UNIQUE (token_hash)
);
