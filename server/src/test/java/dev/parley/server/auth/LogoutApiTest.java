package dev.parley.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.ApiClient;
import dev.parley.server.ParleyServerTest;
import dev.parley.server.TestUsers;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ParleyServerTest
class LogoutApiTest {
    @Autowired
    ApiClient api;

    @Test
    void logoutRevokesTheSessionAndClearsTheCookie() {
        String refreshToken = TestUsers.login(api, TestUsers.register(api, "logout")).get("refresh_token").asString();
        Map<String, String> cookie = Map.of("Content-Type", "application/json", "Cookie", "parley_refresh=" + refreshToken);

        ApiClient.Response logout = api.send("POST", "/users/logout", cookie, "{}");

        assertThat(logout.status()).isEqualTo(204);
        assertThat(logout.header("Set-Cookie")).startsWith("parley_refresh=;").contains("Max-Age=0", "Path=/users", "HttpOnly");
        assertThat(api.send("POST", "/users/refresh", cookie, "{}").status()).isEqualTo(401);
    }

    @Test
    void logoutWithBodyTokenRevokesIt() {
        String refreshToken = TestUsers.login(api, TestUsers.register(api, "logoutb")).get("refresh_token").asString();
        String body = ApiClient.json("refresh_token", refreshToken);

        assertThat(api.postJson("/users/logout", body).status()).isEqualTo(204);
        assertThat(api.postJson("/users/refresh", body).status()).isEqualTo(401);
    }

    @Test
    void logoutWithoutAnyTokenStillSucceeds() {
        assertThat(api.send("POST", "/users/logout", Map.of(), null).status()).isEqualTo(204);
    }
}
