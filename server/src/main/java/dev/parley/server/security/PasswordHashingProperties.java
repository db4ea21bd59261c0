package dev.parley.server.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bounds on password hashing (Argon2id, about 50 ms of CPU and 19 MiB each): every login, registration and passcode check runs
 * on a small pool of its own instead of on request threads, so a storm of them cannot take every core (issue 8, defect 5).
 *
 * @param threads      hashing threads; 0 = half the available processors, at least 1, leaving the rest for everything else
 * @param queue        hashes that may wait for a thread; when full, further requests get 503 with Retry-After at once
 * @param queueTimeout a request whose hash has not finished after this long (queue wait included) gets 503 with Retry-After
 */
@ConfigurationProperties("parley.password-hashing")
public record PasswordHashingProperties(
        @DefaultValue("0") int threads,
        @DefaultValue("32") int queue,
        @DefaultValue("5s") Duration queueTimeout) {

    public PasswordHashingProperties {
        if (threads < 0 || queue < 1 || queueTimeout.isNegative() || queueTimeout.isZero()) {
            throw new IllegalArgumentException("parley.password-hashing: threads must be >= 0 (0 = auto), queue >= 1 and "
                    + "queue-timeout positive; got threads=" + threads + ", queue=" + queue + ", queue-timeout=" + queueTimeout);
        }
    }

    /** The configured thread count, or half the processors (at least one) when 0. */
    public int effectiveThreads() {
        return threads > 0 ? threads : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    }
}
