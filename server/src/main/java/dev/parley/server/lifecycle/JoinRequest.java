package dev.parley.server.lifecycle;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/** The body of {@code POST /meetings/join}. */
@Schema(name = "JoinRequest")
record JoinRequest(
        @JsonProperty("meeting_id") @Schema(example = "42") Long meetingId,
        @Schema(description = "needed by people who are neither host nor invitee, when the meeting has one", format = "password")
        String passcode,
        @JsonProperty("display_name") @Schema(description = "guests only (no account): the name others see", maxLength = 64)
        String displayName) {

    @Override
    public String toString() {
        return "JoinRequest[meetingId=" + meetingId + ", passcode=***]";
    }
}
