package dev.parley.server.user;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.ApiClient;
import dev.parley.server.ParleyServerTest;
import dev.parley.server.TestUsers;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ParleyServerTest
class MeApiTest {
    @Autowired
    ApiClient api;

    @Test
    void meReturnsTheSignedInAccount() {
        TestUsers.Account account = TestUsers.register(api, "me");
        String token = TestUsers.login(api, account).get("access_token").asString();

        ApiClient.Response response = api.get("/users/me", token);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().propertyNames()).containsExactlyInAnyOrder("id", "username", "email", "created_at", "display_name");
        assertThat(response.json().get("id").asLong()).isEqualTo(account.id());
        assertThat(response.json().get("username").asString()).isEqualTo(account.username());
        assertThat(response.json().get("email").asString()).isEqualTo(account.email());
        assertThat(Instant.parse(response.json().get("created_at").asString()))
                .isBetween(Instant.now().minus(Duration.ofMinutes(5)), Instant.now().plus(Duration.ofDays(400)));
    }

    @Test
    void withoutTokenIs401ProblemWithBearerChallenge() {
        ApiClient.Response response = api.get("/users/me", null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer realm=\"parley\"");
        assertThat(response.json().get("type").asString()).isEqualTo("urn:parley:problem:invalid-token");
        assertThat(response.json().get("detail").asString()).contains("Sign in first");
        assertThat(response.json().get("instance").asString()).isEqualTo("/users/me");
    }
}
