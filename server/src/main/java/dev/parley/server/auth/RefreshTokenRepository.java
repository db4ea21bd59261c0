package dev.parley.server.auth;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for {@code refresh_tokens}; tokens are looked up by their SHA-256, never stored in clear. */
@Repository
class RefreshTokenRepository {
    private final JdbcClient jdbc;

    RefreshTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One stored token; {@code revokedAt} null means still usable until {@code expiresAt}; the reason says why it was revoked. */
    record StoredToken(long id, long userId, UUID familyId, Instant expiresAt, Instant revokedAt, String revokedReason) {
        boolean usableAt(Instant now) {
            return revokedAt == null && now.isBefore(expiresAt);
        }
    }

    void insert(long userId, UUID familyId, byte[] hash, Instant createdAt, Instant expiresAt) {
        jdbc.sql("""
                        INSERT INTO refresh_tokens (user_id, family_id, token_hash, created_at, expires_at)
                        VALUES (:user, :family, :hash, :created, :expires)""")
                .param("user", userId)
                .param("family", familyId)
                .param("hash", hash)
                .param("created", utc(createdAt))
                .param("expires", utc(expiresAt))
                .update();
    }

    /** Locks the row (FOR UPDATE) so two concurrent refreshes with one token cannot both rotate it. */
    Optional<StoredToken> findForUpdate(byte[] hash) {
        return find(hash, " FOR UPDATE");
    }

    /** Without a lock: for reading the successor of a row the caller already holds locked. */
    Optional<StoredToken> find(byte[] hash) {
        return find(hash, "");
    }

    private Optional<StoredToken> find(byte[] hash, String lock) {
        return jdbc.sql("SELECT id, user_id, family_id, expires_at, revoked_at, revoked_reason FROM refresh_tokens"
                        + " WHERE token_hash = :hash" + lock)
                .param("hash", hash)
                .query((rs, row) -> new StoredToken(rs.getLong("id"), rs.getLong("user_id"), rs.getObject("family_id", UUID.class),
                        rs.getObject("expires_at", OffsetDateTime.class).toInstant(),
                        instant(rs.getObject("revoked_at", OffsetDateTime.class)), rs.getString("revoked_reason")))
                .optional();
    }

    void revoke(long id, Instant at, String reason) {
        jdbc.sql("UPDATE refresh_tokens SET revoked_at = :at, revoked_reason = :reason WHERE id = :id AND revoked_at IS NULL")
                .param("at", utc(at)).param("reason", reason).param("id", id).update();
    }

    int revokeFamily(UUID familyId, Instant at, String reason) {
        return jdbc.sql("""
                        UPDATE refresh_tokens SET revoked_at = :at, revoked_reason = :reason
                        WHERE family_id = :family AND revoked_at IS NULL""")
                .param("at", utc(at)).param("reason", reason).param("family", familyId).update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
