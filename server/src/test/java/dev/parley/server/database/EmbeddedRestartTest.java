package dev.parley.server.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.ApiClient;
import dev.parley.server.ParleyApplication;
import dev.parley.server.TestUsers;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The default run mode end to end: no database configured, so the app starts its embedded PostgreSQL under the data directory;
 * an account and a session created before a restart still work after it. The one test that starts its own application (twice),
 * outside the shared test context, because that is exactly what it is about.
 */
class EmbeddedRestartTest {
    @TempDir
    Path dataDir;

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(ParleyApplication.class).run(
                "--server.port=0",
                "--parley.db.url=",
                "--parley.data-dir=" + dataDir,
                "--logging.structured.format.console=");
    }

    private static ApiClient api(ConfigurableApplicationContext context) {
        return new ApiClient(Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port")));
    }

    @Test
    void accountsAndSessionsSurviveARestart() {
        TestUsers.Account account;
        String accessToken;
        try (ConfigurableApplicationContext first = start()) {
            account = TestUsers.register(api(first), "restart");
            accessToken = TestUsers.login(api(first), account).get("access_token").asString();
        }
        assertThat(dataDir.resolve("postgres/PG_VERSION")).exists();
        assertThat(dataDir.resolve("jwt-secret")).exists();

        try (ConfigurableApplicationContext second = start()) {
            ApiClient api = api(second);
            assertThat(TestUsers.login(api, account).get("user").get("id").asLong()).isEqualTo(account.id());
            assertThat(api.get("/users/me", accessToken).status()).as("same signing key after restart").isEqualTo(200);
        }
        assertThat(Files.exists(dataDir.resolve("postgres/postmaster.pid"))).as("embedded PostgreSQL stopped").isFalse();
    }
}
