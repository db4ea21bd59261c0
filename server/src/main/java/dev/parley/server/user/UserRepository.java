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
    long insert(String username, String email, String passwordHash) {
        return jdbc.sql("INSERT INTO users (username, email, password_hash) VALUES (:username, :email, :hash) RETURNING id")
                .param("username", username)
                .param("email", email)
                .param("hash", passwordHash)
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
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
