package dev.parley.server.user;

import static dev.parley.server.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.ApiClient;
import dev.parley.server.ParleyServerTest;
import dev.parley.server.TestUsers;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@ParleyServerTest
class RegistrationApiTest {
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApiClient api;

    @Test
    void registerAnswers201WithExactlyIdAndUsername() {
        String username = TestUsers.uniqueName("reg");
        ApiClient.Response response = api.postJson("/users/register",
                json("username", username, "password", "a long password", "email", username + "@example.org"));

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        assertThat(response.json().propertyNames()).containsExactlyInAnyOrder("id", "username");
        assertThat(response.json().get("id").isIntegralNumber()).isTrue();
        assertThat(response.json().get("username").asString()).isEqualTo(username);
    }

    @Test
    void passwordIsStoredAsArgon2idHashAndNeverInClear() {
        TestUsers.Account account = TestUsers.register(api, "hash");

        String stored = jdbc.sql("SELECT password_hash FROM users WHERE id = :id").param("id", account.id())
                .query(String.class).single();

        assertThat(stored).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain(account.password());
    }

    static Stream<Arguments> invalidRegistrations() {
        String ok = "valid_name";
        String pw = "a long password";
        String mail = "someone@example.org";
        return Stream.of(
                Arguments.of(json("password", pw, "email", mail), "username", "is required"),
                Arguments.of(json("username", "ab", "password", pw, "email", mail), "username", "must be 3 to 32 characters long"),
                Arguments.of(json("username", "a".repeat(33), "password", pw, "email", mail), "username",
                        "must be 3 to 32 characters long"),
                Arguments.of(json("username", "bad name!", "password", pw, "email", mail), "username",
                        "may contain only letters, digits, '_', '.' and '-'"),
                Arguments.of(json("username", ok, "email", mail), "password", "is required"),
                Arguments.of(json("username", ok, "password", "short", "email", mail), "password", "must be 10 to 256 characters long"),
                Arguments.of(json("username", ok, "password", "x".repeat(257), "email", mail), "password",
                        "must be 10 to 256 characters long"),
                Arguments.of(json("username", "samesame_name", "password", "SameSame_Name", "email", mail), "password",
                        "must not be the same as the username"),
                Arguments.of(json("username", ok, "password", pw), "email", "is required"),
                Arguments.of(json("username", ok, "password", pw, "email", "not-an-email"), "email",
                        "must be a valid email address such as name@example.org"),
                Arguments.of(json("username", ok, "password", pw, "email", "a@b"), "email",
                        "must be a valid email address such as name@example.org"));
    }

    @ParameterizedTest
    @MethodSource("invalidRegistrations")
    void eachValidationErrorNamesTheFieldInProblemJson(String body, String field, String message) {
        ApiClient.Response response = api.postJson("/users/register", body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("type").asString()).isEqualTo("urn:parley:problem:validation");
        assertThat(problem.get("title").asString()).isEqualTo("Invalid request");
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("instance").asString()).isEqualTo("/users/register");
        assertThat(problem.get("detail").asString()).contains(field);
        assertThat(problem.get("errors").valueStream().map(e -> e.get("field").asString() + " " + e.get("message").asString()))
                .contains(field + " " + message);
    }

    @Test
    void severalInvalidFieldsAreAllReported() {
        ApiClient.Response response = api.postJson("/users/register", json("username", "x", "password", "short", "email", "nope"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                .contains("username", "password", "email");
        assertThat(response.json().get("detail").asString()).startsWith("3 fields are invalid");
    }

    @Test
    void duplicateUsernameIgnoringCaseIs409() {
        TestUsers.Account taken = TestUsers.register(api, "dup");

        ApiClient.Response response = api.postJson("/users/register", json(
                "username", taken.username().toUpperCase(), "password", "another password", "email", "other_" + taken.email()));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(response.json().get("type").asString()).isEqualTo("urn:parley:problem:conflict");
        assertThat(response.json().get("detail").asString()).isEqualTo("That username is already taken; choose another.");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("username");
    }

    @Test
    void duplicateEmailIs409() {
        TestUsers.Account taken = TestUsers.register(api, "dupmail");

        ApiClient.Response response = api.postJson("/users/register", json(
                "username", TestUsers.uniqueName("fresh"), "password", "another password", "email", taken.email().toUpperCase()));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("email");
    }
}
