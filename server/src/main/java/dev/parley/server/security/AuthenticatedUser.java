package dev.parley.server.security;

/** The caller an access token names: its {@code sub} (user id) and {@code name} (username) claims. */
public record AuthenticatedUser(long id, String username) {
}
