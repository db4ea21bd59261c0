package dev.parley.server.user;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.parley.server.text.TextDeserializer;
import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.annotation.JsonDeserialize;

/** The body of {@code PATCH /users/me}: what a person may change about their own account. */
@Schema(name = "ProfileUpdate", description = "Changes to the signed-in user's account")
record ProfileUpdate(
        @JsonProperty("display_name")
        @Schema(description = "the name others see in calls, chat and attendance; empty to show the username again; no "
                + "control characters or bidirectional text controls", maxLength = 64, example = "Ada Lovelace")
        @JsonDeserialize(using = TextDeserializer.Name.class)
        String displayName) {
}
