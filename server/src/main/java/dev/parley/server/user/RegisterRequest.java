package dev.parley.server.user;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.parley.server.text.TextDeserializer;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The body of {@code POST /users/register} (the seed's contract). Messages complete a sentence starting with the field name.
 * The upper bound on the password keeps one request from costing unbounded hashing time.
 */
@Schema(description = "A new account")
record RegisterRequest(
        @Schema(example = "ada_l", minLength = 3, maxLength = 32, pattern = "^[a-zA-Z0-9_.-]{3,32}$")
        @NotBlank(message = "is required")
        @Size(min = 3, max = 32, message = "must be 3 to 32 characters long")
        @Pattern(regexp = "[a-zA-Z0-9_.-]*", message = "may contain only letters, digits, '_', '.' and '-'")
        String username,

        @Schema(format = "password", minLength = 10, maxLength = 256, example = "correct horse battery")
        @NotBlank(message = "is required")
        @Size(min = 10, max = 256, message = "must be 10 to 256 characters long")
        String password,

        @Schema(format = "email", maxLength = 254, example = "ada@example.org")
        @NotBlank(message = "is required")
        @Size(max = 254, message = "must be at most 254 characters long")
        @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "must be a valid email address such as name@example.org")
        String email,

        @JsonProperty("display_name")
        @Schema(description = "optional: the name others see in calls, chat and attendance (default: the username); no "
                + "control characters or bidirectional text controls", maxLength = 64, example = "Ada Lovelace")
        @JsonDeserialize(using = TextDeserializer.Name.class)
        @Size(max = 64, message = "must be at most 64 characters long")
        String displayName) {

    /** Registered in NFKC form, so a compatibility look-alike (fullwidth letters) is the same name, not a near-duplicate. */
    RegisterRequest {
        username = Usernames.display(username);
    }

    @Override
    public String toString() {
        return "RegisterRequest[username=" + username + ", email=" + email + ", displayName=" + displayName + ", password=***]";
    }
}
