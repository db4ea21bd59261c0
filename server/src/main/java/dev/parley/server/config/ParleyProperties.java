package dev.parley.server.config;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Every {@code parley.*} setting, typed and with units. The commented reference (defaults and environment variables) is
 * {@code application.yaml}; the README's "Configuration" table mirrors it.
 *
 * @param dataDir where the embedded database and the generated JWT secret live; relative paths resolve against the working directory
 * @param db      the PostgreSQL server; an empty url means "start an embedded one under {@code dataDir}"
 * @param auth    tokens and password-guessing limits
 * @param http    limits on incoming requests
 */
@ConfigurationProperties("parley")
public record ParleyProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue Db db,
        @DefaultValue Auth auth,
        @DefaultValue Http http) {

    /** A JDBC url ({@code jdbc:postgresql://host:port/db}) with its credentials; all empty selects the embedded database. */
    public record Db(@DefaultValue("") String url, @DefaultValue("") String user, @DefaultValue("") String password) {
        public boolean embedded() {
            return url.isBlank();
        }

        @Override
        public String toString() {
            return "Db[url=" + url + ", user=" + user + ", password=***]";
        }
    }

    /**
     * @param jwtSecret       HMAC key for access tokens (at least 32 bytes); empty means generate one and keep it in {@code dataDir}
     * @param issuer          the {@code iss} claim written and required
     * @param accessTokenTtl  lifetime of an access token; short, because a stolen one cannot be revoked
     * @param refreshTokenTtl lifetime of a refresh token (rotated on every use)
     * @param throttle        failed-login limits
     */
    public record Auth(
            @DefaultValue("") String jwtSecret,
            @DefaultValue("parley") String issuer,
            @DefaultValue("15m") Duration accessTokenTtl,
            @DefaultValue("14d") Duration refreshTokenTtl,
            @DefaultValue Throttle throttle) {

        @Override
        public String toString() {
            return "Auth[jwtSecret=***, issuer=" + issuer + ", accessTokenTtl=" + accessTokenTtl
                    + ", refreshTokenTtl=" + refreshTokenTtl + ", throttle=" + throttle + "]";
        }
    }

    /**
     * Failed logins allowed inside a sliding window before further attempts get 429. Per username to stop guessing one account
     * from many addresses, per client address to stop one address spraying many accounts.
     */
    public record Throttle(
            @DefaultValue("5") int maxFailuresPerUsername,
            @DefaultValue("15m") Duration usernameWindow,
            @DefaultValue("100") int maxFailuresPerAddress,
            @DefaultValue("15m") Duration addressWindow) {
    }

    /** @param maxBodySize request bodies larger than this get 413 before anything parses them */
    public record Http(@DefaultValue("64KB") DataSize maxBodySize) {
    }
}
