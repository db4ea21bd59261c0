package dev.parley.server.signaling;

import dev.parley.server.conference.ConferenceUser;
import dev.parley.server.security.AccessTokens;
import org.springframework.stereotype.Component;

/** Checks the hello's access token with the same verifier the REST API's Bearer filter uses. */
@Component
class AccessTokenVerifier {
    private final AccessTokens tokens;

    AccessTokenVerifier(AccessTokens tokens) {
        this.tokens = tokens;
    }

    /** The token's user; throws a socket-closing SignalingException saying why the token is refused. */
    ConferenceUser verify(String token) {
        AccessTokens.TokenCheck check = tokens.check(token);
        if (check.user() == null) {
            throw new SignalingException("invalid_token", check.failure(), true);
        }
        return new ConferenceUser(check.user().id(), check.user().username());
    }
}
