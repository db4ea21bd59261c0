package dev.parley.server.user;

import java.time.Instant;

/** One row of {@code users}. The password hash never leaves the server: no response record has a field for it. */
public record User(long id, String username, String email, String passwordHash, Instant createdAt, String displayName) {
    /** The name other people see: the display name when one is set, else the username. */
    public String shownName() {
        return displayName == null ? username : displayName;
    }

    @Override
    public String toString() {
        return "User[id=" + id + ", username=" + username + "]";
    }
}
