package dev.parley.server.auth;

import dev.parley.server.problem.ProblemException;
import dev.parley.server.problem.ProblemType;
import dev.parley.server.security.AccessTokens;
import dev.parley.server.security.HashingAdmission;
import dev.parley.server.security.IssuedAccessToken;
import dev.parley.server.user.User;
import dev.parley.server.user.UserRepository;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Login, refresh and logout. Wrong username and wrong password are indistinguishable to the caller: same status, same detail, and
 * about the same time, because an unknown username is still checked against a dummy Argon2 hash.
 */
@Service
class Sessions {
    private static final Logger log = LoggerFactory.getLogger(Sessions.class);
    static final String BAD_CREDENTIALS = "The username or password is not correct.";

    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final LoginThrottle throttle;
    private final RefreshTokens refreshTokens;
    private final AccessTokens accessTokens;
    private final HashingAdmission admission;
    /**
     * Made at the first unknown-username login, not at start: at start the hash would go through the bounded hashing queue
     * and, on a busy machine, fail the whole application context with "the server is busy" (seen under test load).
     */
    private volatile String dummyHash;

    Sessions(UserRepository users, PasswordEncoder passwords, LoginThrottle throttle, RefreshTokens refreshTokens,
             AccessTokens accessTokens, HashingAdmission admission) {
        this.admission = admission;
        this.users = users;
        this.passwords = passwords;
        this.throttle = throttle;
        this.refreshTokens = refreshTokens;
        this.accessTokens = accessTokens;
    }

    private String dummyHash() {
        String hash = dummyHash;
        if (hash == null) {
            hash = passwords.encode("parley-dummy-password-for-timing");
            dummyHash = hash;
        }
        return hash;
    }

    /** The tokens of a new session and the user they belong to. */
    record Session(User user, IssuedAccessToken access, String refreshToken, Duration refreshTtl) {
        @Override
        public String toString() {
            return "Session[user=" + user + "]";
        }
    }

    /** What the admitted part of a login found: the account, if any, and whether the password matched. */
    private record Checked(Optional<User> user, boolean matches) {
    }

    /** Not one transaction: the Argon2 check must not hold a pooled connection; the one insert commits on its own. */
    Session login(String username, String password, String clientAddress) {
        Duration wait = throttle.retryAfter(username, clientAddress);
        if (!wait.isZero() && !wait.isNegative()) {
            log.info("login throttled username={} address={} retry_after_s={}", username, clientAddress, wait.toSeconds());
            throw ProblemException.throttled("Too many failed sign-in attempts. Try again in "
                    + Math.max(1, (wait.toSeconds() + 59) / 60) + " minute(s).", wait);
        }
        Checked checked = admission.admit(() -> {
            Optional<User> found = users.findByUsername(username);
            return new Checked(found, passwords.matches(password, found.map(User::passwordHash).orElseGet(this::dummyHash)));
        });
        Optional<User> user = checked.user();
        if (user.isEmpty() || !checked.matches()) {
            throttle.recordFailure(username, clientAddress);
            log.info("login failed username={} address={}", username, clientAddress);
            throw ProblemException.of(ProblemType.BAD_CREDENTIALS, BAD_CREDENTIALS);
        }
        throttle.recordSuccess(username);
        log.info("login ok user={} address={}", user.get().id(), clientAddress);
        return start(user.get(), refreshTokens.startFamily(user.get().id()));
    }

    /** Rotates the refresh token; a reused token's family revocation must commit even though the caller gets a 401. */
    @Transactional(noRollbackFor = ProblemException.class)
    Session refresh(String refreshToken) {
        if (refreshToken == null || refreshToken.isBlank()) {
            throw ProblemException.of(ProblemType.INVALID_TOKEN, "No session to refresh: sign in first.");
        }
        RefreshTokens.Rotation rotation = refreshTokens.rotate(refreshToken);
        User user = users.findById(rotation.userId())
                .orElseThrow(() -> ProblemException.of(ProblemType.INVALID_TOKEN, "This account no longer exists."));
        return start(user, rotation.token());
    }

    @Transactional
    void logout(String refreshToken) {
        if (refreshToken != null && !refreshToken.isBlank()) {
            refreshTokens.revoke(refreshToken);
        }
    }

    private Session start(User user, String refreshToken) {
        return new Session(user, accessTokens.issue(user.id(), user.username()), refreshToken, refreshTokens.ttl());
    }
}
