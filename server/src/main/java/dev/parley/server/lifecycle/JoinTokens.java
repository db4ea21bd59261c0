package dev.parley.server.lifecycle;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.parley.server.conference.ParticipantRole;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Join tokens: what {@code POST /meetings/join} hands out and the signaling {@code join} (and a guest's {@code hello})
 * presents. A compact JWS (RFC 7515, HS256) with {@code aud=join} (RFC 7519 §4.1.3) so an access token can never pass for one
 * and back, the live conference id, display name, role, whether the holder still waits in the lobby, and a {@link #TTL}
 * expiry: long enough to open a socket, too short to be worth stealing.
 *
 * <p>The key is random per process, so tokens verify only on the node that issued them: with one node per conference
 * (the MeetingLocator design) that is where the client joins anyway, and a restart only costs a re-click.
 */
@Component
class JoinTokens {
    static final Duration TTL = Duration.ofMinutes(2);
    static final String AUDIENCE = "join";

    private final MACSigner signer;
    private final MACVerifier verifier;
    private final Clock clock;

    JoinTokens(Clock clock) throws JOSEException {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        this.signer = new MACSigner(key);
        this.verifier = new MACVerifier(key);
        this.clock = clock;
    }

    /**
     * What a join token says.
     *
     * @param userId  the account, or 0 for a guest
     * @param subject {@code user:<id>} or {@code guest:<uuid>}: one person across the lobby and the join
     * @param lobby   true while the holder waits for the host to admit them (such a token only knocks)
     */
    record Claims(String subject, long userId, long meetingId, String conferenceId, String displayName, ParticipantRole role,
                  boolean lobby) {
        boolean guest() {
            return role == ParticipantRole.GUEST;
        }
    }

    static String userSubject(long userId) {
        return "user:" + userId;
    }

    static String guestSubject() {
        return "guest:" + UUID.randomUUID();
    }

    String issue(Claims claims) {
        Instant now = clock.instant();
        JWTClaimsSet set = new JWTClaimsSet.Builder()
                .subject(claims.subject())
                .audience(AUDIENCE)
                .claim("uid", claims.userId())
                .claim("mid", claims.meetingId())
                .claim("conf", claims.conferenceId())
                .claim("name", claims.displayName())
                .claim("role", claims.role().name().toLowerCase(Locale.ROOT))
                .claim("lobby", claims.lobby())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(TTL)))
                .jwtID(UUID.randomUUID().toString())
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(), set);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("HS256 signing failed", e);
        }
        return jwt.serialize();
    }

    /** The claims of a valid, unexpired join token; empty for anything else (never throws on client text). */
    Optional<Claims> verify(String token) {
        if (token == null || token.length() > 4096) {
            return Optional.empty();
        }
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(verifier)) {
                return Optional.empty();
            }
            JWTClaimsSet c = jwt.getJWTClaimsSet();
            if (!List.of(AUDIENCE).equals(c.getAudience()) || c.getExpirationTime() == null
                    || !clock.instant().isBefore(c.getExpirationTime().toInstant())) {
                return Optional.empty();
            }
            return Optional.of(new Claims(c.getSubject(), c.getLongClaim("uid"), c.getLongClaim("mid"), c.getStringClaim("conf"),
                    c.getStringClaim("name"), ParticipantRole.valueOf(c.getStringClaim("role").toUpperCase(Locale.ROOT)),
                    c.getBooleanClaim("lobby")));
        } catch (ParseException | JOSEException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
