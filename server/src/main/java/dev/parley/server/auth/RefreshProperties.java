package dev.parley.server.auth;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Refresh-token rotation settings.
 *
 * @param reuseGrace how long after a refresh token was rotated presenting it again still answers with the same new token (two
 *                   browser tabs refreshing at once, or a retry after a lost response) instead of being treated as theft; zero
 *                   turns the grace off. Keep it short: within it, whoever holds the old token gets the new one.
 */
@ConfigurationProperties("parley.auth.refresh")
public record RefreshProperties(@DefaultValue("10s") Duration reuseGrace) {
    public RefreshProperties {
        if (reuseGrace.isNegative() || reuseGrace.compareTo(Duration.ofMinutes(5)) > 0) {
            throw new IllegalArgumentException("parley.auth.refresh.reuse-grace must be between 0s and 5m; it is " + reuseGrace);
        }
    }
}
