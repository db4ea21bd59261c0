package dev.parley.server.meeting;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Personal calendar feed secrets ({@code calendar_feeds}): 256 random bits, base64url, shown once; only the SHA-256 is kept,
 * so a database leak yields no working feed URL. One per user: creating a new one revokes the old.
 */
@Repository
class CalendarFeeds {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final JdbcClient jdbc;

    CalendarFeeds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A fresh secret for {@code userId}, replacing any earlier one. */
    String rotate(long userId) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("""
                        INSERT INTO calendar_feeds (user_id, token_hash) VALUES (:u, :h)
                        ON CONFLICT (user_id) DO UPDATE SET token_hash = :h, created_at = now()""")
                .param("u", userId).param("h", sha256(token)).update();
        return token;
    }

    /** @return false when there was no feed */
    boolean revoke(long userId) {
        return jdbc.sql("DELETE FROM calendar_feeds WHERE user_id = :u").param("u", userId).update() == 1;
    }

    /** The user a feed secret belongs to; empty for an unknown or revoked one (never throws on the URL's text). */
    Optional<Long> owner(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT user_id FROM calendar_feeds WHERE token_hash = :h").param("h", sha256(token))
                .query(Long.class).optional();
    }

    private static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
