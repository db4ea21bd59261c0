package dev.parley.server.auth;

import dev.parley.server.config.ParleyProperties;
import dev.parley.server.problem.ProblemException;
import dev.parley.server.problem.ProblemType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Opaque refresh tokens with rotation and reuse detection (OAuth 2.0 Security BCP, RFC 9700 section 4.14.2):
 * <ol>
 *   <li>login starts a family and issues its first token;</li>
 *   <li>each refresh revokes the presented token ("rotated") and issues the next one in the same family;</li>
 *   <li>presenting a token that was already rotated means two parties hold it, so the whole family is revoked ("reuse") and
 *       both must sign in again;</li>
 *   <li>logout revokes the family.</li>
 * </ol>
 * A token is 32 random bytes, base64url; the table keeps only its SHA-256. Callers run these methods inside a transaction.
 */
@Component
class RefreshTokens {
    private static final Logger log = LoggerFactory.getLogger(RefreshTokens.class);
    private static final int TOKEN_BYTES = 32;

    private final RefreshTokenRepository repository;
    private final Clock clock;
    private final Duration ttl;
    private final SecureRandom random = new SecureRandom();

    RefreshTokens(RefreshTokenRepository repository, Clock clock, ParleyProperties properties) {
        this.repository = repository;
        this.clock = clock;
        this.ttl = properties.auth().refreshTokenTtl();
    }

    Duration ttl() {
        return ttl;
    }

    String startFamily(long userId) {
        return issue(userId, UUID.randomUUID());
    }

    /** Returns the user id the token belonged to and the token that replaces it; 401 for unknown, expired or revoked tokens. */
    Rotation rotate(String token) {
        Instant now = clock.instant();
        RefreshTokenRepository.StoredToken stored = repository.findForUpdate(hash(token)).orElseThrow(RefreshTokens::invalid);
        if (stored.revokedAt() != null) {
            int revoked = repository.revokeFamily(stored.familyId(), now, "reuse");
            log.warn("refresh token reused, family revoked user={} family={} still_live={}", stored.userId(), stored.familyId(), revoked);
            throw invalid();
        }
        if (!now.isBefore(stored.expiresAt())) {
            throw ProblemException.of(ProblemType.INVALID_TOKEN, "Your session has expired; sign in again.");
        }
        repository.revoke(stored.id(), now, "rotated");
        return new Rotation(stored.userId(), issue(stored.userId(), stored.familyId()));
    }

    /** Ends the session the token belongs to; unknown tokens are ignored (logout is idempotent). */
    void revoke(String token) {
        repository.findForUpdate(hash(token))
                .ifPresent(stored -> repository.revokeFamily(stored.familyId(), clock.instant(), "logout"));
    }

    record Rotation(long userId, String token) {
        @Override
        public String toString() {
            return "Rotation[userId=" + userId + "]";
        }
    }

    private String issue(long userId, UUID family) {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        repository.insert(userId, family, hash(token), now, now.plus(ttl));
        return token;
    }

    private static ProblemException invalid() {
        return ProblemException.of(ProblemType.INVALID_TOKEN, "This session is no longer valid; sign in again.");
    }

    static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
