package dev.parley.server.auth;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The answer to login and refresh, shaped like an OAuth 2.0 token response (RFC 6749 section 5.1) plus the signed-in user, so the
 * web client can show the user's name without a second request.
 */
@Schema(description = "Tokens for a signed-in user")
record TokenResponse(
        @JsonProperty("access_token") @Schema(description = "JWT to send as Authorization: Bearer") String accessToken,
        @JsonProperty("token_type") @Schema(example = "Bearer") String tokenType,
        @JsonProperty("expires_in") @Schema(description = "access token lifetime in seconds", example = "900") long expiresIn,
        @JsonProperty("refresh_token") @Schema(description = "also set as the HttpOnly parley_refresh cookie") String refreshToken,
        SignedInUser user) {

    /** Who signed in. */
    @Schema(name = "SignedInUser")
    record SignedInUser(@Schema(example = "42") long id, @Schema(example = "ada_l") String username,
                        @Schema(example = "ada@example.org") String email,
                        @JsonProperty("display_name") @Schema(description = "the name others see: the one set, else the username",
                                example = "Ada Lovelace") String displayName) {
    }

    @Override
    public String toString() {
        return "TokenResponse[user=" + user + "]";
    }
}
