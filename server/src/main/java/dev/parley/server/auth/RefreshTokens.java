package dev.parley.server.auth;

import dev.parley.server.config.ParleyProperties;
import dev.parley.server.problem.ProblemException;
import dev.parley.server.problem.ProblemType;
import dev.parley.server.security.DerivedKeys;
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
 *   <li>except within {@code parley.auth.refresh.reuse-grace} of its rotation: then it was most likely the same client (two tabs
 *       refreshing at once, a retry after a lost response), which gets the same successor again instead of losing its session;</li>
 *   <li>logout revokes the family.</li>
 * </ol>
 * A login's token is 32 random bytes, base64url; the token a rotation issues is derived from the rotated one (see
 * {@link #successor}). The table keeps only SHA-256 hashes. Callers run these methods inside a transaction: the row lock taken by
 * {@link RefreshTokenRepository#findForUpdate} makes concurrent rotations of one token, on any node, happen one after the other.
 */
@Component
class RefreshTokens {
    private static final Logger log = LoggerFactory.getLogger(RefreshTokens.class);
    private static final int TOKEN_BYTES = 32;
    private static final String SUCCESSOR_KEY_PURPOSE = "parley refresh-token successor v1";

    private final RefreshTokenRepository repository;
    private final Clock clock;
    private final Duration ttl;
    private final Duration reuseGrace;
    private final byte[] successorKey;
    private final SecureRandom random = new SecureRandom();

    RefreshTokens(RefreshTokenRepository repository, Clock clock, ParleyProperties properties, RefreshProperties refresh,
                  DerivedKeys keys) {
        this.repository = repository;
        this.clock = clock;
        this.ttl = properties.auth().refreshTokenTtl();
        this.reuseGrace = refresh.reuseGrace();
        this.successorKey = keys.derive(SUCCESSOR_KEY_PURPOSE);
    }

    Duration ttl() {
        return ttl;
    }

    String startFamily(long userId) {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return issue(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), userId, UUID.randomUUID());
    }

    /** Returns the user id the token belonged to and the token that replaces it; 401 for unknown, expired or revoked tokens. */
    Rotation rotate(String token) {
        Instant now = clock.instant();
        RefreshTokenRepository.StoredToken stored = repository.findForUpdate(hash(token)).orElseThrow(RefreshTokens::invalid);
        if (stored.revokedAt() != null) {
            if ("rotated".equals(stored.revokedReason()) && now.isBefore(stored.revokedAt().plus(reuseGrace))) {
                return again(stored, token, now);
            }
            int revoked = repository.revokeFamily(stored.familyId(), now, "reuse");
            log.warn("refresh token reused, family revoked user={} family={} still_live={}", stored.userId(), stored.familyId(), revoked);
            throw invalid();
        }
        if (!now.isBefore(stored.expiresAt())) {
            throw ProblemException.of(ProblemType.INVALID_TOKEN, "Your session has expired; sign in again.");
        }
        repository.revoke(stored.id(), now, "rotated");
        return new Rotation(stored.userId(), issue(successor(token), stored.userId(), stored.familyId()));
    }

    /**
     * The token was rotated moments ago: answer with the successor that rotation issued, if it is still the live one. If the
     * successor has itself been rotated or logged out, the session went on without this caller: 401, but no family revocation,
     * because within the grace this is a late duplicate, not evidence of theft.
     */
    private Rotation again(RefreshTokenRepository.StoredToken rotated, String token, Instant now) {
        String next = successor(token);
        RefreshTokenRepository.StoredToken live = repository.find(hash(next)).orElseThrow(RefreshTokens::invalid);
        if (!live.usableAt(now) || !live.familyId().equals(rotated.familyId())) {
            throw invalid();
        }
        log.info("refresh token presented again within the grace, same successor returned user={} family={}",
                rotated.userId(), rotated.familyId());
        return new Rotation(rotated.userId(), next);
    }

    /**
     * The token a rotation of {@code token} issues: HMAC-SHA256 under a key derived from the server secret. Deterministic on
     * purpose, so that a second presentation within the grace can hand out the same token again without the database ever
     * holding it: storing the successor in clear would let a database leak (or backup) resume sessions, and storing it encrypted
     * would need a key anyway plus a column. Deriving it gives the same result on every node sharing the secret (which they must
     * already share for access tokens) and reveals nothing: without the key the successor of a known token cannot be computed,
     * and the table still keeps only SHA-256 hashes. Whoever presents the old token within the grace gets the successor, as with
     * any grace; after it, reuse detection revokes the family (the successor included) as before.
     */
    private String successor(String token) {
        byte[] mac = DerivedKeys.hmac(successorKey, token.getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac);
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

    private String issue(String token, long userId, UUID family) {
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
