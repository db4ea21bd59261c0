package dev.parley.server.meeting;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The body of {@code POST /meetings/create}, {@code PUT} and {@code PATCH /meetings/{id}}. Create and PUT need title,
 * start_time and end_time; PATCH changes only the fields present. Checked as a whole by {@link MeetingRules} after merging,
 * so every way in obeys the same rules.
 */
@Schema(description = "A meeting as the host writes it")
record MeetingInput(
        @Schema(example = "Weekly sync", maxLength = MeetingRules.MAX_TITLE,
                description = "one line: no control characters, no bidirectional text controls (U+202A-202E, U+2066-2069)")
        String title,
        @Schema(maxLength = MeetingRules.MAX_DESCRIPTION) String description,
        @JsonProperty("start_time") @Schema(description = "ISO-8601 with offset", example = "2027-03-01T09:00:00+01:00")
        OffsetDateTime startTime,
        @JsonProperty("end_time") @Schema(description = "after start_time, at most 24 h later", example = "2027-03-01T09:30:00+01:00")
        OffsetDateTime endTime,
        @JsonProperty("time_zone") @Schema(description = "IANA zone the series repeats in and the UI shows", example = "Europe/Paris")
        String timeZone,
        @Schema(description = "usernames or emails of the invitees", example = "[\"grace\", \"ada@example.org\"]")
        List<String> participants,
        @Schema(description = "optional; needed by people who are neither host nor invitee. PATCH with \"\" removes it",
                format = "password", minLength = 4, maxLength = 64)
        String passcode,
        @JsonProperty("lobby_enabled") @Schema(description = "people who are not invited wait until the host admits them")
        Boolean lobbyEnabled,
        @JsonProperty("allow_guests") @Schema(description = "people without an account may join by link with a display name")
        Boolean allowGuests,
        @Schema(description = "RFC 5545 RRULE subset: FREQ=DAILY|WEEKLY|MONTHLY, INTERVAL, BYDAY (weekly), COUNT or UNTIL; "
                + "PATCH with \"\" makes the meeting one-off", example = "FREQ=WEEKLY;BYDAY=MO;COUNT=10")
        String recurrence,
        @Schema(description = "\"Meet now\": the start may be in the past") Boolean instant) {

    @Override
    public String toString() {
        return "MeetingInput[title=" + title + ", start=" + startTime + ", passcode=" + (passcode == null ? "null" : "***") + "]";
    }
}
