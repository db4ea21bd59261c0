package dev.parley.server.user;

import io.swagger.v3.oas.annotations.media.Schema;

/** The answer to a registration: exactly the seed's two fields. */
@Schema(description = "The account just created")
record RegisteredUser(@Schema(example = "42") long id, @Schema(example = "ada_l") String username) {
}
