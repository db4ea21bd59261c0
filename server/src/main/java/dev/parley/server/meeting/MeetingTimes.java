package dev.parley.server.meeting;

import dev.parley.server.problem.InvalidField;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * The instants a meeting may have: years 1 to 9999. iCalendar writes a year as exactly four digits (RFC 5545 section 3.3.4,
 * date-fullyear), so a later one would make an invalid .ics; PostgreSQL's timestamptz ends in 294276 AD and starts in 4713 BC,
 * so a date beyond either failed as a 500 before this rule.
 */
final class MeetingTimes {
    static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");
    static final String OUT_OF_RANGE = "must be between the years 1 and 9999";

    private MeetingTimes() {
    }

    static boolean inRange(Instant instant) {
        return !instant.isBefore(EARLIEST) && !instant.isAfter(LATEST);
    }

    /** A problem for {@code field} if {@code time} is given and outside the range; null otherwise. */
    static InvalidField check(String field, OffsetDateTime time) {
        return time != null && !inRange(time.toInstant()) ? new InvalidField(field, OUT_OF_RANGE) : null;
    }
}
