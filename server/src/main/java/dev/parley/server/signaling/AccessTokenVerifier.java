package dev.parley.server.signaling;

import dev.parley.server.conference.ConferenceAccess;
import dev.parley.server.conference.ConferenceException;
import dev.parley.server.conference.ConferenceUser;
import dev.parley.server.security.AccessTokens;
import org.springframework.stereotype.Component;

/** Checks the hello's access token with the same verifier the REST API's Bearer filter uses. */
@Component
class AccessTokenVerifier {
    private final AccessTokens tokens;
    private final ConferenceAccess access;

    AccessTokenVerifier(AccessTokens tokens, ConferenceAccess access) {
        this.tokens = tokens;
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
        return new ConferenceUser(check.user().id(), check.user().username());
    }
}
