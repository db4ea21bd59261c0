package dev.parley.server.turn;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Hands out time-limited TURN credentials with the shared-secret scheme coturn implements ({@code use-auth-secret};
 * draft-uberti-behave-turn-rest-00 §2.2): username = "{@code <expiry unix seconds>:<who>}", password = base64(HMAC-SHA1(secret,
 * username)). coturn checks the HMAC and the expiry itself, so Parley and coturn share nothing but the secret, and a leaked
 * credential stops working after {@code credential-ttl}.
 */
@Component
public class IceServers {
    private final TurnProperties turn;
    private final Clock clock;

    public IceServers(TurnProperties turn, Clock clock) {
        this.turn = turn;
        this.clock = clock;
    }

    /**
     * @param who a stable, non-secret label of the participant (it appears in coturn's logs), e.g. "user42" or "guest"
     * @return one entry with every configured URL, or none when no TURN server is configured
     */
    public List<IceServer> forParticipant(String who) {
        if (turn.urls().isEmpty()) {
            return List.of();
        }
        long expiry = clock.instant().plus(turn.credentialTtl()).getEpochSecond();
        String username = expiry + ":" + who.replace(':', '_');
        return List.of(new IceServer(turn.urls(), username, password(turn.secret(), username)));
    }

    static String password(String secret, String username) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(username.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is part of every JDK", e);
        }
    }
}
