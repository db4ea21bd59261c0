package dev.parley.server.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.parley.server.config.ParleyProperties;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Signs and checks access tokens: compact JWS (RFC 7515) with HS256, claims {@code sub} (user id), {@code name} (username),
 * {@code iss}, {@code iat}, {@code exp}, {@code jti} (RFC 7519 section 4.1). Stateless on purpose: checking one costs no database
 * round trip, which is why they live only {@code parley.auth.access-token-ttl} (15 minutes) and revocation happens on the refresh
 * token instead. Only HS256 with our key is accepted: {@code alg: none} and every other algorithm are rejected before any
 * signature check, closing the algorithm-confusion attacks.
 */
@Component
public class AccessTokens {
    private final MACSigner signer;
    private final MACVerifier verifier;
    private final String issuer;
    private final Duration ttl;
    private final Clock clock;

    AccessTokens(ParleyProperties properties, Clock clock) throws JOSEException {
        byte[] key = JwtSecret.load(properties);
        this.signer = new MACSigner(key);
        this.verifier = new MACVerifier(key);
        this.issuer = properties.auth().issuer();
        this.ttl = properties.auth().accessTokenTtl();
        this.clock = clock;
    }

    public IssuedAccessToken issue(long userId, String username) {
        Instant now = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject(Long.toString(userId))
                .claim("name", username)
                .issuer(issuer)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ttl)))
                .jwtID(UUID.randomUUID().toString())
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("HS256 signing failed", e);
        }
        return new IssuedAccessToken(jwt.serialize(), ttl);
    }

    /** Checks a token from an Authorization header; never throws on attacker-supplied text. */
    public TokenCheck check(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(verifier)) {
                return TokenCheck.invalid("The access token's signature is not valid.");
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Date expires = claims.getExpirationTime();
            if (!issuer.equals(claims.getIssuer()) || expires == null || claims.getIssueTime() == null
                    || claims.getSubject() == null || claims.getStringClaim("name") == null) {
                return TokenCheck.invalid("The access token is not one this server issued.");
            }
            if (!clock.instant().isBefore(expires.toInstant())) {
                return TokenCheck.invalid("The access token has expired; refresh it or sign in again.");
            }
            return TokenCheck.valid(new AuthenticatedUser(Long.parseLong(claims.getSubject()), claims.getStringClaim("name")));
        } catch (ParseException | JOSEException | RuntimeException e) {
            return TokenCheck.invalid("The access token is malformed.");
        }
    }

    /** The outcome of {@link #check}: a user, or a sentence saying why not. */
    public record TokenCheck(AuthenticatedUser user, String failure) {
        static TokenCheck valid(AuthenticatedUser user) {
            return new TokenCheck(user, null);
        }

        static TokenCheck invalid(String failure) {
            return new TokenCheck(null, failure);
        }
    }
}
