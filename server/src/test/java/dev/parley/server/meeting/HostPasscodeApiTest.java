package dev.parley.server.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.ApiClient;
import dev.parley.server.ParleyServerTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Issue 13, 10: the host can read (and so copy) the meeting's passcode; invitees cannot; the database holds no plain passcode. */
@ParleyServerTest
class HostPasscodeApiTest {
    @Autowired
    ApiClient client;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theHostReadsThePasscodeInviteesDoNotAndAnEditReplacesIt() {
        MeetingApi api = new MeetingApi(client);
        MeetingApi.Person host = api.person("pc_host");
        MeetingApi.Person invitee = api.person("pc_inv");
        Map<String, Object> body = MeetingApi.meeting("Passcode", 1, List.of(invitee.username()));
        body.put("passcode", "tulip-4821");
        long id = api.create(host, body).get("id").asLong();

        assertThat(api.call("GET", "/meetings/" + id, host, null).json().get("passcode").asString()).isEqualTo("tulip-4821");
        assertThat(api.call("GET", "/meetings/" + id, invitee, null).json().get("passcode").isNull()).isTrue();
        String stored = jdbc.sql("SELECT passcode_sealed FROM meetings WHERE id = :id").param("id", id).query(String.class).single();
        assertThat(stored).doesNotContain("tulip");

        api.call("PATCH", "/meetings/" + id, host, Map.of("passcode", "daisy-1234"));
        assertThat(api.call("GET", "/meetings/" + id, host, null).json().get("passcode").asString()).isEqualTo("daisy-1234");
        api.call("PATCH", "/meetings/" + id, host, Map.of("passcode", ""));
        assertThat(api.call("GET", "/meetings/" + id, host, null).json().get("passcode").isNull()).isTrue();
    }
}
