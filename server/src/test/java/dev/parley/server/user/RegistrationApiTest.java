package dev.parley.server.user;

import static dev.parley.server.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.ApiClient;
import dev.parley.server.ParleyServerTest;
import dev.parley.server.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@ParleyServerTest
class RegistrationApiTest {
    @LocalServerPort
    int port;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void registerAnswers201WithExactlyIdAndUsername() {
        String username = TestUsers.uniqueName("reg");
        ApiClient.Response response = api.postJson("/users/register",
                json("username", username, "password", "a long password", "email", username + "@example.org"));

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().propertyNames()).containsExactlyInAnyOrder("id", "username");
        assertThat(response.json().get("id").isIntegralNumber()).isTrue();
        assertThat(response.json().get("username").asString()).isEqualTo(username);
    }
}
