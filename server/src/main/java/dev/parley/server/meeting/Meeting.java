package dev.parley.server.meeting;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * One row of {@code meetings} with its host's username. For a series, {@code startTime}/{@code endTime} are the first
 * occurrence's. The passcode is only ever held as its Argon2id hash.
 */
public record Meeting(long id, String title, String description, Instant startTime, Instant endTime, long hostId,
                      String hostUsername, String passcodeHash, boolean lobbyEnabled, boolean allowGuests,
                      String recurrenceRule, ZoneId timeZone, Instant cancelledAt, Instant createdAt, Instant updatedAt,
                      String passcodeSealed) {

    public boolean cancelled() {
        return cancelledAt != null;
    }

    public boolean hasPasscode() {
        return passcodeHash != null;
    }

    public Duration duration() {
        return Duration.between(startTime, endTime);
    }

    ZonedDateTime zonedStart() {
        return startTime.atZone(timeZone);
    }

    /** The parsed RRULE, or null for a one-off meeting (stored rules were validated on the way in). */
    Recurrence recurrence() {
        return recurrenceRule == null ? null : Recurrence.parse(recurrenceRule).rule();
    }

    @Override
    public String toString() {
        return "Meeting[id=" + id + ", host=" + hostId + ", start=" + startTime + "]";
    }
}
