package dev.parley.server.auth;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/** Optional body of refresh and logout: clients that cannot keep cookies send the refresh token here; browsers send {@code {}}. */
@Schema(description = "A refresh token, when not sent as the parley_refresh cookie")
record RefreshRequest(@JsonProperty("refresh_token") @Schema(nullable = true) String refreshToken) {
    @Override
    public String toString() {
        return "RefreshRequest[refresh_token=***]";
    }
}
