package dev.parley.server.turn;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The TURN relay participants fall back to when UDP to the SFU is blocked (a coturn with {@code use-auth-secret}).
 *
 * @param urls          turn:/turns: URLs handed to browsers; empty = no relay (browsers reach the SFU directly)
 * @param secret        coturn's {@code static-auth-secret}; required when urls are set, never logged
 * @param credentialTtl how long a handed-out credential stays valid
 */
@ConfigurationProperties("parley.turn")
public record TurnProperties(@DefaultValue("") List<String> urls, @DefaultValue("") String secret,
                             @DefaultValue("12h") Duration credentialTtl) {
    public TurnProperties {
        urls = urls.stream().map(String::strip).filter(url -> !url.isEmpty()).toList();
        if (!urls.isEmpty() && secret.isBlank()) {
            throw new IllegalArgumentException("parley.turn.secret (PARLEY_TURN_SECRET) is required when parley.turn.urls is set");
        }
        for (String url : urls) {
            if (!url.startsWith("turn:") && !url.startsWith("turns:") && !url.startsWith("stun:")) {
                throw new IllegalArgumentException("parley.turn.urls: '" + url + "' is not a turn:, turns: or stun: URL");
            }
        }
        if (credentialTtl.isNegative() || credentialTtl.isZero()) {
            throw new IllegalArgumentException("parley.turn.credential-ttl must be positive");
        }
    }

    @Override
    public String toString() {
        return "TurnProperties[urls=" + urls + ", secret=<redacted>, credentialTtl=" + credentialTtl + "]";
    }
}
