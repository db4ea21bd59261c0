package dev.parley.server.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.server.ApiClient;
import dev.parley.server.ParleyServerTest;
import dev.parley.server.TestUsers;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The migrated schema on a real PostgreSQL: the seed's indexes exist and the database enforces the rules it owns. */
@ParleyServerTest
class SchemaTest {
    @Autowired
    ApiClient api;
    @Autowired
    JdbcClient jdbc;

    @Test
    void seedIndexesExist() {
        List<String> indexes = jdbc.sql("SELECT indexdef FROM pg_indexes WHERE schemaname = 'public'").query(String.class).list();

        assertThat(indexes).anyMatch(d -> d.contains("ON public.users USING btree (username)"));
        assertThat(indexes).anyMatch(d -> d.contains("ON public.meetings USING btree (start_time, end_time)"));
        assertThat(indexes).anyMatch(d -> d.contains("ON public.conferences USING btree (meeting_id)") && !d.contains("WHERE"));
    }

    @Test
    void everyTimestampIsTimestamptz() {
        List<String> plain = jdbc.sql("""
                SELECT table_name || '.' || column_name FROM information_schema.columns
                WHERE table_schema = 'public' AND table_name <> 'flyway_schema_history' AND data_type = 'timestamp without time zone'""").query(String.class).list();

        assertThat(plain).isEmpty();
    }

    @Test
    void atMostOneLiveConferencePerMeeting() {
        long host = TestUsers.register(api, "host").id();
        long meeting = jdbc.sql("""
                INSERT INTO meetings (title, start_time, end_time, host_id)
                VALUES ('standup', now(), now() + interval '30 minutes', :host) RETURNING id""")
                .param("host", host).query(Long.class).single();
        String start = "INSERT INTO conferences (meeting_id, started_by) VALUES (:m, :host)";
        jdbc.sql(start).param("m", meeting).param("host", host).update();

        assertThatThrownBy(() -> jdbc.sql(start).param("m", meeting).param("host", host).update())
                .isInstanceOf(DuplicateKeyException.class);

        jdbc.sql("UPDATE conferences SET ended_at = now() WHERE meeting_id = :m").param("m", meeting).update();
        jdbc.sql(start).param("m", meeting).param("host", host).update();
        assertThat(jdbc.sql("SELECT count(*) FROM conferences WHERE meeting_id = :m").param("m", meeting).query(Long.class).single())
                .isEqualTo(2);
    }

    @Test
    void meetingMustEndAfterItStarts() {
        long host = TestUsers.register(api, "host").id();

        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO meetings (title, start_time, end_time, host_id) VALUES ('backwards', now(), now() - interval '1 minute', :h)""")
                .param("h", host).update()).isInstanceOf(DataIntegrityViolationException.class);
    }
}
