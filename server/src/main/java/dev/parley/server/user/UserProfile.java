package dev.parley.server.user;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** What {@code GET /users/me} tells the signed-in user about their own account. */
@Schema(description = "The signed-in user's account")
record UserProfile(
        @Schema(example = "42") long id,
        @Schema(example = "ada_l") String username,
        @Schema(example = "ada@example.org") String email,
        @Schema(description = "UTC, ISO 8601") @JsonProperty("created_at") Instant createdAt,
        @JsonProperty("display_name") @Schema(description = "the name others see: the one set, else the username",
                example = "Ada Lovelace") String displayName) {

    static UserProfile of(User user) {
        return new UserProfile(user.id(), user.username(), user.email(), user.createdAt(), user.shownName());
    }
}
