package dev.parley.server.auth;

import static dev.parley.server.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.ApiClient;
import dev.parley.server.MutableClock;
import dev.parley.server.ParleyServerTest;
import dev.parley.server.TestUsers;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ParleyServerTest
class RefreshApiTest {
    @Autowired
    MutableClock clock;
    @Autowired
    ApiClient api;
    TestUsers.Account account;
    String refreshToken;

    @AfterEach
    void rewindClock() {
        clock.reset();
    }

    @BeforeEach
    void signIn() {
        account = TestUsers.register(api, "refresh");
        refreshToken = TestUsers.login(api, account).get("refresh_token").asString();
    }

    /** What the web client sends: the cookie, Content-Type application/json and the body {}. */
    private ApiClient.Response refreshWithCookie(String token) {
        return api.send("POST", "/users/refresh",
                Map.of("Content-Type", "application/json", "Cookie", "parley_refresh=" + token), "{}");
    }

    @Test
    void cookieRefreshRotatesTheTokenAndReturnsTheLoginShape() {
        ApiClient.Response response = refreshWithCookie(refreshToken);

        assertThat(response.status()).isEqualTo(200);
        String next = response.json().get("refresh_token").asString();
        assertThat(next).isNotEqualTo(refreshToken);
        assertThat(response.header("Set-Cookie")).startsWith("parley_refresh=" + next + ";").contains("HttpOnly", "SameSite=Strict");
        assertThat(response.json().get("user").get("username").asString()).isEqualTo(account.username());
        assertThat(api.get("/users/me", response.json().get("access_token").asString()).status()).isEqualTo(200);
    }

    @Test
    void bodyTokenWorksWithoutCookie() {
        ApiClient.Response response = api.postJson("/users/refresh", json("refresh_token", refreshToken));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("user").get("id").asLong()).isEqualTo(account.id());
    }

    @Test
    void reusingARotatedTokenAfterTheGraceRevokesTheWholeFamily() {
        String next = refreshWithCookie(refreshToken).json().get("refresh_token").asString();
        clock.advance(RefreshGraceApiTest.GRACE.plusSeconds(1));

        ApiClient.Response reuse = refreshWithCookie(refreshToken);
        ApiClient.Response afterTheft = refreshWithCookie(next);

        assertThat(reuse.status()).isEqualTo(401);
        assertThat(reuse.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(reuse.json().get("detail").asString()).isEqualTo("This session is no longer valid; sign in again.");
        assertThat(afterTheft.status()).isEqualTo(401);
    }

    @Test
    void otherSessionsOfTheUserSurviveAReuseInOneFamily() {
        String otherSession = TestUsers.login(api, account).get("refresh_token").asString();
        refreshWithCookie(refreshToken);
        clock.advance(RefreshGraceApiTest.GRACE.plusSeconds(1));
        assertThat(refreshWithCookie(refreshToken).status()).isEqualTo(401);

        assertThat(refreshWithCookie(otherSession).status()).isEqualTo(200);
    }

    @Test
    void refreshRequiresJsonContentType() {
        ApiClient.Response noType = api.send("POST", "/users/refresh", Map.of("Cookie", "parley_refresh=" + refreshToken), null);
        ApiClient.Response form = api.send("POST", "/users/refresh",
                Map.of("Cookie", "parley_refresh=" + refreshToken, "Content-Type", "application/x-www-form-urlencoded"), "a=b");

        for (ApiClient.Response response : new ApiClient.Response[] {noType, form}) {
            assertThat(response.status()).isEqualTo(415);
            assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
            assertThat(response.json().get("detail").asString()).startsWith("This endpoint reads application/json");
        }
        assertThat(refreshWithCookie(refreshToken).status()).as("the refused requests did not rotate the token").isEqualTo(200);
    }

    @Test
    void missingOrUnknownTokenIs401() {
        assertThat(api.postJson("/users/refresh", "{}").status()).isEqualTo(401);
        assertThat(api.postJson("/users/refresh", "{}").json().get("detail").asString()).isEqualTo("No session to refresh: sign in first.");
        assertThat(refreshWithCookie("made-up").status()).isEqualTo(401);
    }

    @Test
    void expiredRefreshTokenIs401() {
        clock.advance(Duration.ofDays(14).plusSeconds(1));

        ApiClient.Response response = refreshWithCookie(refreshToken);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().get("detail").asString()).isEqualTo("Your session has expired; sign in again.");
    }
}
