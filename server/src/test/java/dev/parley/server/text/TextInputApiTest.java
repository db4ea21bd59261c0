package dev.parley.server.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.ApiClient;
import dev.parley.server.MutableClock;
import dev.parley.server.ParleyServerTest;
import dev.parley.server.TestUsers;
import dev.parley.server.meeting.MeetingApi;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Issue 8 defect 8 (text): names and titles refuse bidirectional controls and control characters with a 400 naming the field,
 * and usernames compare by NFKC + case fold, so look-alikes are one account and one login-throttle counter.
 */
@ParleyServerTest
class TextInputApiTest {
    private static final String RLO = "\u202E";

    @Autowired
    ApiClient api;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static JsonNode assertInvalid(ApiClient.Response response, String field, String reason) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
        JsonNode error = response.json().get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo(field);
        assertThat(error.get("message").asString()).contains(reason);
        return response.json();
    }

    /** The same text in fullwidth forms (U+FF01..U+FF5E), which NFKC maps back to ASCII. */
    private static String fullwidth(String ascii) {
        StringBuilder out = new StringBuilder();
        ascii.chars().forEach(c -> out.append(c > 0x20 && c < 0x7F ? (char) (c + 0xFEE0) : (char) c));
        return out.toString();
    }

    @Test
    void meetingTitlesRefuseBidiOverridesAndControlCharacters() {
        MeetingApi meetings = new MeetingApi(api);
        MeetingApi.Person host = meetings.person("bidititle");

        for (String[] bad : List.of(new String[] {"Invoice " + RLO + "fdp.exe", "U+202E"}, new String[] {"Sync \u2066x\u2069", "U+2066"},
                new String[] {"Ring\u0007", "U+0007"}, new String[] {"two\nlines", "U+000A"})) {
            ApiClient.Response response = meetings.call("POST", "/meetings/create", host,
                    MeetingApi.meeting(bad[0], 2, List.of()));
            assertThat(assertInvalid(response, "title", bad[1]).get("detail").asString()).startsWith("Field 'title' must not contain");
        }
        assertThat(jdbc.sql("SELECT count(*) FROM meetings WHERE host_id = :h").param("h", host.id()).query(Long.class).single())
                .isZero();
        assertThat(meetings.call("POST", "/meetings/create", host, MeetingApi.meeting("שלום – Sync 😀", 2, List.of())).status())
                .isEqualTo(201);
    }

    @Test
    void guestNamesRefuseBidiOverrides() {
        ApiClient.Response response = api.postJson("/meetings/join",
                ApiClient.json("meeting_id", 1, "display_name", "Admin" + RLO + "nimda"));

        assertInvalid(response, "display_name", "bidirectional");
    }

    @Test
    void aFullwidthLookAlikeCannotRegisterASecondAccount() {
        TestUsers.Account ada = TestUsers.register(api, "Look");

        ApiClient.Response twin = api.postJson("/users/register", ApiClient.json("username", fullwidth(ada.username()),
                "password", "another long password", "email", "twin-" + ada.email()));

        assertThat(twin.status()).as(twin.body()).isEqualTo(409);
        assertThat(twin.json().get("errors").get(0).get("field").asString()).isEqualTo("username");
    }

    @Test
    void loginLooksUpTheNormalisedName() {
        TestUsers.Account ada = TestUsers.register(api, "Norm");

        for (String variant : List.of(ada.username().toUpperCase(), fullwidth(ada.username()))) {
            ApiClient.Response response = api.postJson("/users/login", ApiClient.json("username", variant, "password",
                    ada.password()));
            assertThat(response.status()).as(variant).isEqualTo(200);
            assertThat(response.json().get("user").get("username").asString()).isEqualTo(ada.username());
        }
    }

    @Test
    void lookAlikesShareOneLoginThrottle() {
        TestUsers.Account ada = TestUsers.register(api, "Thr");
        String name = ada.username();
        List<String> variants = List.of(name, name.toUpperCase(), fullwidth(name), fullwidth(name.toUpperCase()),
                name.toLowerCase());
        for (String variant : variants) {
            ApiClient.Response failed = api.postJson("/users/login", ApiClient.json("username", variant, "password", "wrong!"));
            assertThat(failed.status()).as(variant).isEqualTo(401);
        }

        ApiClient.Response throttled = api.postJson("/users/login", ApiClient.json("username", name, "password", ada.password()));

        assertThat(throttled.status()).as(throttled.body()).isEqualTo(429);
        clock.advance(Duration.ofMinutes(16));
        assertThat(api.send("POST", "/users/login", Map.of("Content-Type", "application/json"),
                ApiClient.json("username", name, "password", ada.password())).status()).isEqualTo(200);
    }
}
