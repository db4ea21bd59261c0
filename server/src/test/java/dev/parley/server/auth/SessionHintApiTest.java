package dev.parley.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.ApiClient;
import dev.parley.server.ParleyServerTest;
import dev.parley.server.TestUsers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The readable parley_session hint (issue 13, 12): set with the refresh cookie and for as long, cleared at sign-out, so a
 * signed-out page load need not ask /users/refresh (and log a 401) at all.
 */
@ParleyServerTest
class SessionHintApiTest {
    @Autowired
    ApiClient api;

    @Test
    void signInSetsTheReadableHintAndSignOutClearsIt() {
        TestUsers.Account account = TestUsers.register(api, "hint");
        ApiClient.Response login = api.postJson("/users/login", ApiClient.json("username", account.username(),
                "password", account.password()));
        List<String> set = login.headers().allValues("Set-Cookie");

        assertThat(set).hasSize(2);
        String refreshAge = maxAge(set.get(0));
        assertThat(set.get(1)).startsWith("parley_session=1;").contains("Path=/", "SameSite=Strict", "Max-Age=" + refreshAge)
                .doesNotContain("HttpOnly");

        String refreshToken = login.json().get("refresh_token").asString();
        ApiClient.Response logout = api.send("POST", "/users/logout",
                Map.of("Content-Type", "application/json", "Cookie", "parley_refresh=" + refreshToken), "{}");
        assertThat(logout.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("parley_session=;").contains("Max-Age=0", "Path=/"));
    }

    private static String maxAge(String cookie) {
        return cookie.replaceAll(".*Max-Age=(\\d+).*", "$1");
    }
}
