package dev.parley.server.meeting;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A meeting as the API returns it. Times carry the offset of the meeting's time zone at that instant. In a listing, one
 * entry is one occurrence: {@code start_time}/{@code end_time} are that occurrence's and {@code occurrence_start} names it.
 */
@Schema(name = "Meeting", description = "A scheduled meeting (or one occurrence of a series)")
record MeetingView(
        long id,
        String title,
        String description,
        @JsonProperty("start_time") OffsetDateTime startTime,
        @JsonProperty("end_time") OffsetDateTime endTime,
        @JsonProperty("time_zone") String timeZone,
        @Schema(description = "for one occurrence of a series: its original start (use it to cancel or move it)")
        @JsonProperty("occurrence_start") OffsetDateTime occurrenceStart,
        Person host,
        @Schema(description = "the invitees and their answers") List<Participant> participants,
        @JsonProperty("passcode_required") boolean passcodeRequired,
        @JsonProperty("lobby_enabled") boolean lobbyEnabled,
        @JsonProperty("allow_guests") boolean allowGuests,
        @Schema(description = "RRULE, or null for a one-off meeting") String recurrence,
        boolean cancelled,
        @Schema(description = "host or invitee") @JsonProperty("my_role") String myRole,
        @Schema(description = "for an invitee: invited, accepted, declined or tentative") @JsonProperty("my_status") String myStatus,
        @Schema(description = "the link to share: /m/<id> on this server") @JsonProperty("join_url") String joinUrl,
        @Schema(description = "the running conference, if the host started one") @JsonProperty("live_conference")
        LiveConferenceView liveConference,
        @Schema(description = "when this meeting (this occurrence) was held and the host ended it: the end, possibly before "
                + "end_time; null while it is live or before it was held. Lists show such a meeting as past.")
        @JsonProperty("ended_at") OffsetDateTime endedAt,
        @Schema(description = "for the host only: the passcode, to share with the link (null for everyone else, without a "
                + "passcode, or for meetings scheduled before passcodes were kept for hosts)", format = "password")
        String passcode) {

    /** An account as other people see it. */
    @Schema(name = "MeetingPerson")
    record Person(long id, String username) {
    }

    /** An invitee and their answer. */
    @Schema(name = "MeetingParticipant")
    record Participant(long id, String username, String status) {
    }

    /** The running conference of the meeting. */
    @Schema(name = "LiveConference")
    record LiveConferenceView(long id, @JsonProperty("started_at") Instant startedAt) {
    }
}
