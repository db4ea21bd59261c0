package dev.parley.server.auth;

import static dev.parley.server.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.ApiClient;
import dev.parley.server.MutableClock;
import dev.parley.server.ParleyServerTest;
import dev.parley.server.TestUsers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Refresh-token rotation, including issue 8 defect 7: two parallel refreshes of one token (two tabs, or a retry after a lost
 * response) must not end the session. Within {@code parley.auth.refresh.reuse-grace} the rotated token yields the same new
 * token; after it, reuse detection revokes the family.
 */
@ParleyServerTest
class RefreshApiTest {
    /** The default of parley.auth.refresh.reuse-grace, which the shared test context keeps. */
    static final Duration GRACE = Duration.ofSeconds(10);
    private static final int PARALLEL = 8;

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
        clock.advance(GRACE.plusSeconds(1));

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
        clock.advance(GRACE.plusSeconds(1));
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

    private ApiClient.Response refresh(String token) {
        return api.postJson("/users/refresh", json("refresh_token", token));
    }

    @Test
    void parallelRefreshesOfOneTokenAllSucceedWithTheSameNewToken() throws Exception {
        List<ApiClient.Response> responses = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService threads = Executors.newFixedThreadPool(PARALLEL)) {
            List<Future<ApiClient.Response>> pending = new ArrayList<>();
            for (int i = 0; i < PARALLEL; i++) {
                pending.add(threads.submit(() -> {
                    start.await();
                    return refresh(refreshToken);
                }));
            }
            start.countDown();
            for (Future<ApiClient.Response> response : pending) {
                responses.add(response.get());
            }
        }

        assertThat(responses).allSatisfy(r -> assertThat(r.status()).as(r.body()).isEqualTo(200));
        List<String> newTokens = responses.stream().map(r -> r.json().get("refresh_token").asString()).distinct().toList();
        assertThat(newTokens).hasSize(1).doesNotContain(refreshToken);
        for (ApiClient.Response response : responses) {
            assertThat(api.get("/users/me", response.json().get("access_token").asString()).status()).isEqualTo(200);
        }
        assertThat(refresh(newTokens.getFirst()).status()).as("the one new token carries the session on").isEqualTo(200);
    }

    @Test
    void aRetryWithinTheGraceGetsTheSameTokenAndTheSessionGoesOn() {
        String first = refresh(refreshToken).json().get("refresh_token").asString();
        clock.advance(GRACE.minusSeconds(2));

        ApiClient.Response retry = refresh(refreshToken);

        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.json().get("refresh_token").asString()).isEqualTo(first);
        assertThat(retry.header("Set-Cookie")).startsWith("parley_refresh=" + first + ";");
        assertThat(refresh(first).status()).isEqualTo(200);
    }

    @Test
    void aReplayAfterTheGraceRevokesTheFamily() {
        String next = refresh(refreshToken).json().get("refresh_token").asString();
        clock.advance(GRACE.plusSeconds(1));

        ApiClient.Response replay = refresh(refreshToken);

        assertThat(replay.status()).isEqualTo(401);
        assertThat(replay.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(refresh(next).status()).as("the successor died with its family").isEqualTo(401);
    }

    @Test
    void withinTheGraceAnOldTokenWhoseSuccessorMovedOnIsRefusedWithoutEndingTheSession() {
        String second = refresh(refreshToken).json().get("refresh_token").asString();
        String third = refresh(second).json().get("refresh_token").asString();

        ApiClient.Response late = refresh(refreshToken);

        assertThat(late.status()).isEqualTo(401);
        assertThat(refresh(third).status()).isEqualTo(200);
    }

    @Test
    void afterLogoutTheRotatedTokenGetsNothingEvenWithinTheGrace() {
        String next = refresh(refreshToken).json().get("refresh_token").asString();
        assertThat(api.postJson("/users/logout", json("refresh_token", next)).status()).isEqualTo(204);

        assertThat(refresh(refreshToken).status()).isEqualTo(401);
    }
}
