package dev.parley.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.config.ParleyProperties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

/** The token format without a server: issuer, expiry boundary, key persistence, and no exception for any input. */
class AccessTokensTest {
    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    @TempDir
    Path dataDir;

    private ParleyProperties properties(String secret, String issuer) {
        return new ParleyProperties(dataDir, new ParleyProperties.Db("", "", ""),
                new ParleyProperties.Auth(secret, issuer, Duration.ofMinutes(15), Duration.ofDays(14),
                        new ParleyProperties.Throttle(5, Duration.ofMinutes(15), 100, Duration.ofMinutes(15))),
                new ParleyProperties.Http(DataSize.ofKilobytes(64)));
    }

    private AccessTokens tokens(String secret, String issuer, Instant now) throws Exception {
        return new AccessTokens(properties(secret, issuer), Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void validUntilOneInstantBeforeExpiry() throws Exception {
        String token = tokens("", "parley", T0).issue(7, "ada").token();

        assertThat(tokens("", "parley", T0.plusSeconds(899)).check(token).user()).isEqualTo(new AuthenticatedUser(7, "ada"));
        assertThat(tokens("", "parley", T0.plusSeconds(900)).check(token).failure()).contains("expired");
    }

    @Test
    void generatedSecretIsKeptInTheDataDirSoARestartAcceptsOldTokens() throws Exception {
        String token = tokens("", "parley", T0).issue(7, "ada").token();

        assertThat(Files.readString(dataDir.resolve("jwt-secret"))).isNotBlank();
        assertThat(Files.getPosixFilePermissions(dataDir.resolve("jwt-secret")).toString()).isEqualTo("[OWNER_READ, OWNER_WRITE]");
        assertThat(tokens("", "parley", T0).check(token).user()).isNotNull();
    }

    @Test
    void otherSecretOrIssuerIsRejected() throws Exception {
        String token = tokens("", "parley", T0).issue(7, "ada").token();

        assertThat(tokens("k".repeat(32), "parley", T0).check(token).user()).isNull();
        assertThat(tokens("", "someone-else", T0).check(token).failure()).isEqualTo("The access token is not one this server issued.");
    }

    @Test
    void configuredSecretShorterThan32BytesRefusesToStart() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tokens("too-short", "parley", T0))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("at least 32 bytes");
    }

    @Test
    void randomInputNeverThrows() throws Exception {
        AccessTokens tokens = tokens("", "parley", T0);
        String valid = tokens.issue(7, "ada").token();
        Random random = new Random(42);
        String alphabet = "abcXYZ019-_.=+/{}\":, ";
        for (int i = 0; i < 5_000; i++) {
            StringBuilder s = new StringBuilder(random.nextBoolean() ? valid : "");
            int edits = 1 + random.nextInt(8);
            for (int e = 0; e < edits; e++) {
                int at = s.isEmpty() ? 0 : random.nextInt(s.length());
                char c = alphabet.charAt(random.nextInt(alphabet.length()));
                if (s.isEmpty() || random.nextBoolean()) {
                    s.insert(at, c);
                } else {
                    s.setCharAt(at, c);
                }
            }
            AccessTokens.TokenCheck check = tokens.check(s.toString());
            assertThat(check.user() != null || check.failure() != null).isTrue();
        }
    }
}
