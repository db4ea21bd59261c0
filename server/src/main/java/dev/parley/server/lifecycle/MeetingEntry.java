package dev.parley.server.lifecycle;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/** The answer to {@code GET /meetings/{id}/entry}: what the join page needs to know before asking for anything. */
@Schema(name = "MeetingEntry")
record MeetingEntry(
        @JsonProperty("meeting_id") long meetingId,
        @Schema(description = "null when a passcode is required (the title is shown once the passcode is right)") String title,
        @JsonProperty("passcode_required") @Schema(description = "whether this caller must give a passcode to join")
        boolean passcodeRequired,
        boolean cancelled,
        @Schema(description = "the caller is the host or an invitee") boolean member) {
}
