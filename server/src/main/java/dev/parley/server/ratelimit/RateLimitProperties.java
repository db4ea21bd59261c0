package dev.parley.server.ratelimit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Request limits per client address (issue 8, defects 5 and 6). The client address is the TCP peer, or the X-Forwarded-For
 * client when {@code server.forward-headers-strategy=native} (only behind a trusted proxy).
 *
 * @param registrationsPerAddress accounts one address may create per {@link #registrationPeriod}; each costs an Argon2 hash
 * @param registrationPeriod      see above
 * @param guestJoinsPerAddress    {@code POST /meetings/join} calls without an access token but with a passcode per
 *                                {@link #guestJoinPeriod}: each costs an Argon2 hash and is a guess. Guests waiting for the
 *                                host re-ask every few seconds, which stays well inside the default
 * @param guestJoinPeriod         see above
 */
@ConfigurationProperties("parley.rate-limit")
public record RateLimitProperties(
        @DefaultValue("10") int registrationsPerAddress,
        @DefaultValue("1h") Duration registrationPeriod,
        @DefaultValue("60") int guestJoinsPerAddress,
        @DefaultValue("1m") Duration guestJoinPeriod) {

    public RateLimitProperties {
        new Limit(registrationsPerAddress, registrationPeriod);
        new Limit(guestJoinsPerAddress, guestJoinPeriod);
    }

    public Limit registration() {
        return new Limit(registrationsPerAddress, registrationPeriod);
    }

    public Limit guestJoin() {
        return new Limit(guestJoinsPerAddress, guestJoinPeriod);
    }

    /**
     * At most {@code max} requests at once from one address, refilled evenly so that {@code max} more are allowed per
     * {@code per} (a token bucket: a burst of max, then a steady max/per).
     */
    public record Limit(int max, Duration per) {
        public Limit {
            if (max < 1 || per == null || per.isNegative() || per.isZero()) {
                throw new IllegalArgumentException("a parley.rate-limit needs a count >= 1 and a positive period; got " + max
                        + " per " + per);
            }
        }
    }
}
