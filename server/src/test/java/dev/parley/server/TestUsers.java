package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Fresh accounts for tests that share one database: every name is unique within the run and across runs. */
public final class TestUsers {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);

    private TestUsers() {
    }

    /** A registered account. */
    public record Account(long id, String username, String password, String email) {
    }

    public static String uniqueName(String prefix) {
        return prefix + "_" + RUN + "_" + COUNTER.incrementAndGet();
    }

    public static Account register(ApiClient api, String prefix) {
        String username = uniqueName(prefix);
        String password = "pw-" + username + "-long enough";
        String email = username + "@example.org";
        ApiClient.Response response = api.postJson("/users/register",
                ApiClient.json("username", username, "password", password, "email", email));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return new Account(response.json().get("id").asLong(), username, password, email);
    }

    /**
     * An account row written straight to the database (no Argon2, no API): for tests that mint their own access tokens and
     * still call REST endpoints, which refuse tokens of accounts that do not exist. Nobody can sign in to it.
     */
    public static long insertRow(JdbcClient jdbc, String prefix) {
        String username = uniqueName(prefix);
        return jdbc.sql("INSERT INTO users (username, email, password_hash) VALUES (:u, :e, 'no-password') RETURNING id")
                .param("u", username).param("e", username + "@example.org").query(Long.class).single();
    }

    /** Logs in and returns the token response ({access_token, refresh_token, user, ...}). */
    public static JsonNode login(ApiClient api, Account account) {
        ApiClient.Response response = api.postJson("/users/login",
                ApiClient.json("username", account.username(), "password", account.password()));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }
}
