package dev.parley.server.user;

import static dev.parley.server.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.ApiClient;
import dev.parley.server.OverloadServerTest;
import dev.parley.server.TestAddresses;
import dev.parley.server.TestUsers;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 8, defect 5: 300 registrations from one address all succeeded. Now each address gets a few per hour. */
@OverloadServerTest
class RegistrationThrottleApiTest {
    @Autowired
    ApiClient api;

    private ApiClient.Response register(String address) {
        String username = TestUsers.uniqueName("regthr");
        return api.send("POST", "/users/register", Map.of("Content-Type", "application/json", "X-Forwarded-For", address),
                json("username", username, "password", "pw-" + username + "-long enough", "email", username + "@example.org"));
    }

    @Test
    void oneAddressGetsAFewAccountsThen429WithRetryAfter() {
        String address = TestAddresses.next();
        for (int i = 0; i < OverloadServerTest.REGISTRATIONS; i++) {
            assertThat(register(address).status()).isEqualTo(201);
        }

        ApiClient.Response refused = register(address);

        assertThat(refused.status()).as(refused.body()).isEqualTo(429);
        assertThat(refused.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(refused.json().get("type").asString()).isEqualTo("urn:parley:problem:throttled");
        assertThat(refused.json().get("detail").asString()).startsWith("Too many accounts were created from your network address");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 3600L);
        assertThat(register(TestAddresses.next()).status()).as("another address is not affected").isEqualTo(201);
    }

    @Test
    void invalidBodiesDoNotUseUpTheAllowance() {
        String address = TestAddresses.next();
        for (int i = 0; i < OverloadServerTest.REGISTRATIONS + 2; i++) {
            ApiClient.Response invalid = api.send("POST", "/users/register",
                    Map.of("Content-Type", "application/json", "X-Forwarded-For", address), json("username", "x"));
            assertThat(invalid.status()).isEqualTo(400);
        }

        assertThat(register(address).status()).isEqualTo(201);
    }
}
