package dev.parley.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.ApiClient;
import dev.parley.server.MutableClock;
import dev.parley.server.ParleyServerTest;
import dev.parley.server.TestUsers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Access tokens as the API sees them: accepted when intact and fresh, 401 problem+json otherwise. */
@ParleyServerTest
class AccessTokenApiTest {
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    @Autowired
    MutableClock clock;
    @Autowired
    ApiClient api;
    String token;

    @AfterEach
    void rewindClock() {
        clock.reset();
    }

    @BeforeEach
    void signIn() {
        token = TestUsers.login(api, TestUsers.register(api, "tok")).get("access_token").asString();
    }

    @Test
    void tokenIsAnHs256JwtWithTheAgreedClaims() {
        String[] parts = token.split("\\.");
        String header = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);

        assertThat(parts).hasSize(3);
        assertThat(header).contains("\"alg\":\"HS256\"");
        assertThat(claims).contains("\"sub\":", "\"name\":", "\"iat\":", "\"exp\":", "\"jti\":", "\"iss\":\"parley\"");
        assertThat(api.get("/users/me", token).status()).isEqualTo(200);
    }

    @Test
    void tamperedPayloadIsRejected() {
        String[] parts = token.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replaceFirst("\"sub\":\"\\d+\"", "\"sub\":\"1\"");
        String forged = parts[0] + "." + B64.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        assertRejected(forged, "The access token's signature is not valid.");
    }

    @Test
    void flippedSignatureBitIsRejected() {
        char last = token.charAt(token.length() - 2);
        String forged = token.substring(0, token.length() - 2) + (last == 'A' ? 'B' : 'A') + token.charAt(token.length() - 1);

        assertRejected(forged, "The access token's signature is not valid.");
    }

    @Test
    void algNoneIsRejected() {
        String[] parts = token.split("\\.");
        String none = B64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));

        assertRejected(none + "." + parts[1] + ".", "The access token is malformed.");
    }

    @Test
    void garbageIsRejected() {
        assertRejected("not-a-jwt", "The access token is malformed.");
    }

    @Test
    void expiredTokenIsRejected() {
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));

        assertRejected(token, "The access token has expired; refresh it or sign in again.");
    }

    private void assertRejected(String bad, String detail) {
        ApiClient.Response response = api.get("/users/me", bad);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(response.header("WWW-Authenticate")).contains("error=\"invalid_token\"");
        assertThat(response.json().get("detail").asString()).isEqualTo(detail);
    }
}
