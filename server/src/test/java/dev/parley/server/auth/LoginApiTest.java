package dev.parley.server.auth;

import static dev.parley.server.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.ApiClient;
import dev.parley.server.MutableClock;
import dev.parley.server.ParleyServerTest;
import dev.parley.server.TestUsers;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

@ParleyServerTest
class LoginApiTest {
    @Autowired
    MutableClock clock;
    @Autowired
    ApiClient api;

    @AfterEach
    void rewindClock() {
        clock.reset();
    }

    @Test
    void loginReturnsTokensUserAndHttpOnlyStrictCookie() {
        TestUsers.Account account = TestUsers.register(api, "login");

        ApiClient.Response response = api.postJson("/users/login",
                json("username", account.username().toUpperCase(), "password", account.password()));

        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.propertyNames())
                .containsExactlyInAnyOrder("access_token", "token_type", "expires_in", "refresh_token", "user");
        assertThat(body.get("token_type").asString()).isEqualTo("Bearer");
        assertThat(body.get("expires_in").asLong()).isEqualTo(900);
        assertThat(body.get("user").propertyNames()).containsExactlyInAnyOrder("id", "username", "email", "display_name");
        assertThat(body.get("user").get("id").asLong()).isEqualTo(account.id());
        assertThat(body.get("user").get("username").asString()).isEqualTo(account.username());
        assertThat(response.header("Cache-Control")).isEqualTo("no-store");
        assertThat(response.header("Set-Cookie"))
                .startsWith("parley_refresh=" + body.get("refresh_token").asString() + ";")
                .contains("Path=/users", "HttpOnly", "SameSite=Strict", "Max-Age=1209600")
                .doesNotContain("Secure"); // plain http on loopback; Secure is added for https requests
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameAnswer() {
        TestUsers.Account account = TestUsers.register(api, "wrongpw");

        ApiClient.Response wrongPassword = api.postJson("/users/login",
                json("username", account.username(), "password", "not the password"));
        ApiClient.Response unknownUser = api.postJson("/users/login",
                json("username", TestUsers.uniqueName("nobody"), "password", "not the password"));

        for (ApiClient.Response response : new ApiClient.Response[] {wrongPassword, unknownUser}) {
            assertThat(response.status()).isEqualTo(401);
            assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
            assertThat(response.header("Set-Cookie")).isNull();
            assertThat(response.json().get("type").asString()).isEqualTo("urn:parley:problem:bad-credentials");
            assertThat(response.json().get("detail").asString()).isEqualTo("The username or password is not correct.");
        }
    }

    @Test
    void missingFieldsAreValidationErrors() {
        ApiClient.Response response = api.postJson("/users/login", json("username", ""));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                .containsExactlyInAnyOrder("username", "password");
    }

    @Test
    void repeatedFailuresForOneUsernameAreThrottledWithRetryAfterUntilTheWindowPasses() {
        TestUsers.Account account = TestUsers.register(api, "throttle");
        String wrong = json("username", account.username(), "password", "not the password");
        for (int i = 0; i < 5; i++) {
            assertThat(api.postJson("/users/login", wrong).status()).isEqualTo(401);
        }

        ApiClient.Response throttled = api.postJson("/users/login",
                json("username", account.username(), "password", account.password()));

        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(Long.parseLong(throttled.header("Retry-After"))).isBetween(1L, 900L);
        assertThat(throttled.json().get("type").asString()).isEqualTo("urn:parley:problem:throttled");
        assertThat(throttled.json().get("detail").asString()).startsWith("Too many failed sign-in attempts.");

        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(TestUsers.login(api, account).get("user").get("id").asLong()).isEqualTo(account.id());
    }

    @Test
    void successfulLoginResetsTheUsernameCount() {
        TestUsers.Account account = TestUsers.register(api, "reset");
        String wrong = json("username", account.username(), "password", "not the password");
        for (int i = 0; i < 4; i++) {
            api.postJson("/users/login", wrong);
        }
        TestUsers.login(api, account);

        for (int i = 0; i < 4; i++) {
            assertThat(api.postJson("/users/login", wrong).status()).isEqualTo(401);
        }
    }
}
