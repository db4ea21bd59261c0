package dev.parley.server.user;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.ApiClient;
import dev.parley.server.ParleyServerTest;
import dev.parley.server.TestUsers;
import dev.parley.server.meeting.MeetingApi;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Issue 13: a display name separate from the username, set at registration or later, shown to others (join tickets). */
@ParleyServerTest
class DisplayNameApiTest {
    private static final String PASSWORD = "correct horse battery staple";

    @Autowired
    ApiClient api;

    @Test
    void aDisplayNameGivenAtRegistrationIsShownAndTheUsernameStillSignsIn() {
        String username = TestUsers.uniqueName("dn");
        ApiClient.Response created = api.postJson("/users/register", ApiClient.json("username", username, "password", PASSWORD,
                "email", username + "@example.org", "display_name", "  Ada Lovelace "));
        JsonNode tokens = api.postJson("/users/login", ApiClient.json("username", username, "password", PASSWORD)).json();

        assertThat(created.status()).isEqualTo(201);
        assertThat(tokens.get("user").get("display_name").asString()).isEqualTo("Ada Lovelace");
        JsonNode me = api.get("/users/me", tokens.get("access_token").asString()).json();
        assertThat(me.get("display_name").asString()).isEqualTo("Ada Lovelace");
        assertThat(me.get("username").asString()).isEqualTo(username);
    }

    @Test
    void withoutADisplayNameTheUsernameIsShownAndAPatchChangesOrClearsIt() {
        TestUsers.Account account = TestUsers.register(api, "dn");
        String token = TestUsers.login(api, account).get("access_token").asString();
        assertThat(api.get("/users/me", token).json().get("display_name").asString()).isEqualTo(account.username());

        ApiClient.Response renamed = patch(token, "Grace Hopper");
        ApiClient.Response cleared = patch(token, "   ");

        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.json().get("display_name").asString()).isEqualTo("Grace Hopper");
        assertThat(cleared.json().get("display_name").asString()).isEqualTo(account.username());
    }

    @Test
    void controlCharactersBidiControlsAndOverlongNamesAreRefusedNamingTheField() {
        TestUsers.Account account = TestUsers.register(api, "dn");
        String token = TestUsers.login(api, account).get("access_token").asString();

        for (String bad : List.of("Ada\u202Eecalevol", "Ada\u0007", "x".repeat(65))) {
            ApiClient.Response refused = patch(token, bad);
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("display_name");
        }
        String username = TestUsers.uniqueName("dn");
        ApiClient.Response register = api.postJson("/users/register", ApiClient.json("username", username, "password", PASSWORD,
                "email", username + "@example.org", "display_name", "Eve\u202E"));
        assertThat(register.status()).isEqualTo(400);
        assertThat(register.json().get("errors").get(0).get("field").asString()).isEqualTo("display_name");
    }

    @Test
    void theJoinTicketAndSoTheCallCarryTheDisplayName() {
        MeetingApi meetings = new MeetingApi(api);
        MeetingApi.Person host = meetings.person("dnhost");
        patch(host.token(), "Host Person");
        long id = meetings.create(host, MeetingApi.meeting("Named", 1, List.of())).get("id").asLong();
        meetings.start(host, id);

        JsonNode ticket = meetings.call("POST", "/meetings/join", host, Map.of("meeting_id", id)).json();

        assertThat(ticket.get("display_name").asString()).isEqualTo("Host Person");
        meetings.call("POST", "/conferences/stop", host, Map.of("meeting_id", id));
    }

    private ApiClient.Response patch(String token, String name) {
        return api.send("PATCH", "/users/me", Map.of("Authorization", "Bearer " + token, "Content-Type", "application/json"),
                ApiClient.json("display_name", name));
    }
}
