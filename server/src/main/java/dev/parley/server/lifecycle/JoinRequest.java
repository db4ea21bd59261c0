package dev.parley.server.lifecycle;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.parley.server.text.TextDeserializer;
import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.annotation.JsonDeserialize;

/** The body of {@code POST /meetings/join}. */
@Schema(name = "JoinRequest")
record JoinRequest(
        @JsonProperty("meeting_id") @Schema(example = "42") Long meetingId,
        @Schema(description = "needed by people who are neither host nor invitee, when the meeting has one", format = "password")
        String passcode,
        @JsonProperty("display_name") @Schema(description = "guests only (no account): the name others see; no control "
                + "characters or bidirectional text controls", maxLength = 64)
        @JsonDeserialize(using = TextDeserializer.Name.class)
        String displayName) {

    @Override
    public String toString() {
        return "JoinRequest[meetingId=" + meetingId + ", passcode=***]";
    }
}
