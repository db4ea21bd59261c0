package dev.parley.server.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.ApiClient;
import dev.parley.server.ParleyApplication;
import dev.parley.server.TestUsers;
import dev.parley.server.meeting.MeetingApi;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The default run mode end to end: no database configured, so the app starts its embedded PostgreSQL under the data directory;
 * an account and a session created before a restart still work after it, and a conference left live by the stopped server is
 * ended by the next start. The one test that starts its own application (twice), outside the shared test context, because that
 * is exactly what it is about.
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
        MeetingApi.Person host;
        long meetingId;
        long conferenceId;
        try (ConfigurableApplicationContext first = start()) {
            account = TestUsers.register(api(first), "restart");
            accessToken = TestUsers.login(api(first), account).get("access_token").asString();
            MeetingApi meetings = new MeetingApi(api(first));
            host = meetings.person("rs_host");
            meetingId = meetings.create(host, MeetingApi.meeting("Restart", 1, List.of())).get("id").asLong();
            conferenceId = meetings.start(host, meetingId).get("id").asLong();
            first.getBean(JdbcClient.class).sql("INSERT INTO conference_participants (conference_id, user_id, display_name) "
                    + "VALUES (:c, :u, 'rs')").param("c", conferenceId).param("u", host.id()).update();
        }
        assertThat(dataDir.resolve("postgres/PG_VERSION")).exists();
        assertThat(dataDir.resolve("jwt-secret")).exists();

        try (ConfigurableApplicationContext second = start()) {
            ApiClient api = api(second);
            assertThat(TestUsers.login(api, account).get("user").get("id").asLong()).isEqualTo(account.id());
            assertThat(api.get("/users/me", accessToken).status()).as("same signing key after restart").isEqualTo(200);

            // Issue 8: the conference the stopped server left live is ended, its attendance closed, the meeting can start again.
            MeetingApi meetings = new MeetingApi(api);
            JsonNode leftLive = meetings.call("GET", "/conferences/" + conferenceId, host, null).json();
            assertThat(leftLive.path("live").asBoolean()).as(leftLive.toString()).isFalse();
            assertThat(leftLive.path("ended_at").isNull()).as(leftLive.toString()).isFalse();
            assertThat(second.getBean(JdbcClient.class).sql("SELECT count(*) FROM conference_participants WHERE left_at IS NULL")
                    .query(Long.class).single()).as("open attendance rows").isZero();
            assertThat(meetings.start(host, meetingId).get("id").asLong()).isNotEqualTo(conferenceId);
        }
        assertThat(Files.exists(dataDir.resolve("postgres/postmaster.pid"))).as("embedded PostgreSQL stopped").isFalse();
    }
}
