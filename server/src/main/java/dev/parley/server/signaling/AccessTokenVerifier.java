package dev.parley.server.signaling;

import dev.parley.server.conference.ConferenceAccess;
import dev.parley.server.conference.ConferenceException;
import dev.parley.server.conference.ConferenceUser;
import dev.parley.server.security.AccessTokens;
import dev.parley.server.security.LiveAccounts;
import org.springframework.stereotype.Component;

/**
 * Checks the hello's access token as the REST API's Bearer filter does: the same verifier, and the same {@link LiveAccounts}
 * check, so a still-valid token of a deleted account opens no socket (it would otherwise join, chat and open rooms as nobody).
 */
@Component
class AccessTokenVerifier {
    private final AccessTokens tokens;
    private final LiveAccounts accounts;
    private final ConferenceAccess access;

    AccessTokenVerifier(AccessTokens tokens, LiveAccounts accounts, ConferenceAccess access) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.access = access;
    }

    /**
     * The token's user; throws a socket-closing SignalingException saying why the token is refused. A guest (no account)
     * presents the join token of {@code POST /meetings/join} instead of an access token.
     */
    ConferenceUser verify(String token) {
        AccessTokens.TokenCheck check = tokens.check(token);
        if (check.user() == null) {
            try {
                return access.authenticateGuest(token);
            } catch (ConferenceException notAGuest) {
                throw new SignalingException("invalid_token", check.failure(), true);
            }
        }
        if (!accounts.exists(check.user().id())) {
            throw new SignalingException("invalid_token", LiveAccounts.ACCOUNT_GONE, true);
        }
        return new ConferenceUser(check.user().id(), check.user().username());
    }
}
