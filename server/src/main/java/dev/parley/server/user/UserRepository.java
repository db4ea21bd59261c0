package dev.parley.server.user;

import dev.parley.server.security.AccountLookup;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for {@code users}. Usernames and emails compare case-insensitively (the lower() unique indexes of V1). */
@Repository
public class UserRepository implements AccountLookup {
    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts and returns the new id; a duplicate username or email raises DuplicateKeyException naming the violated index. */
    long insert(String username, String email, String passwordHash, String displayName) {
        return jdbc.sql("""
                        INSERT INTO users (username, email, password_hash, display_name)
                        VALUES (:username, :email, :hash, :name) RETURNING id""")
                .param("username", username)
                .param("email", email)
                .param("hash", passwordHash)
                .param("name", displayName)
                .query(Long.class)
                .single();
    }

    public Optional<User> findByUsername(String username) {
        return jdbc.sql("SELECT * FROM users WHERE lower(username) = lower(:username)")
                .param("username", username)
                .query(UserRepository::map)
                .optional();
    }

    public Optional<User> findById(long id) {
        return jdbc.sql("SELECT * FROM users WHERE id = :id").param("id", id).query(UserRepository::map).optional();
    }

    @Override
    public boolean exists(long userId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM users WHERE id = :id)").param("id", userId).query(Boolean.class).single();
    }

    /** Sets (or, with null, clears) the name others see. */
    void setDisplayName(long id, String displayName) {
        jdbc.sql("UPDATE users SET display_name = :name WHERE id = :id").param("id", id).param("name", displayName).update();
    }

    /** The name others see for an account (display name, else username), if the account exists. */
    public Optional<String> shownName(long id) {
        return jdbc.sql("SELECT coalesce(display_name, username) FROM users WHERE id = :id").param("id", id)
                .query(String.class).optional();
    }

    boolean usernameTaken(String username) {
        return jdbc.sql("SELECT count(*) FROM users WHERE lower(username) = lower(:u)").param("u", username)
                .query(Long.class).single() > 0;
    }

    boolean emailTaken(String email) {
        return jdbc.sql("SELECT count(*) FROM users WHERE lower(email) = lower(:e)").param("e", email)
                .query(Long.class).single() > 0;
    }

    private static User map(ResultSet rs, int row) throws SQLException {
        return new User(rs.getLong("id"), rs.getString("username"), rs.getString("email"), rs.getString("password_hash"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("display_name"));
    }
}
