package dev.parley.server.auth;

import dev.parley.server.user.Usernames;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /users/login}. Only presence and a sane size are checked: format rules would hint at which names exist. */
@Schema(description = "Credentials")
record LoginRequest(
        @Schema(example = "ada_l") @NotBlank(message = "is required") @Size(max = 64, message = "must be at most 64 characters long")
        String username,
        @Schema(format = "password") @NotBlank(message = "is required") @Size(max = 256, message = "must be at most 256 characters long")
        String password) {

    /**
     * Looked up and throttled by its comparison key ({@link Usernames#key}): "ADA", "ａｄａ" and "ada" are one account and one
     * throttle counter, so look-alikes cannot multiply the attempts allowed per username.
     */
    LoginRequest {
        username = Usernames.key(username);
    }

    @Override
    public String toString() {
        return "LoginRequest[username=" + username + ", password=***]";
    }
}
