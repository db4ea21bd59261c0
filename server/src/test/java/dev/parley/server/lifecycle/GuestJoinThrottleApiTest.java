package dev.parley.server.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.ApiClient;
import dev.parley.server.OverloadServerTest;
import dev.parley.server.TestAddresses;
import dev.parley.server.meeting.MeetingApi;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 8, defect 6: anonymous {@code POST /meetings/join} with a passcode had no limit per address, only per meeting, so one
 * address could guess across many meetings (and make the server run an Argon2 check for each).
 */
@OverloadServerTest
class GuestJoinThrottleApiTest {
    private static final int MEETINGS = 3;

    @Autowired
    ApiClient client;
    MeetingApi api;
    MeetingApi.Person host;
    final List<Long> meetings = new ArrayList<>();

    @BeforeEach
    void meetingsOpenToGuestsWithAPasscode() {
        api = new MeetingApi(client);
        host = api.person("gjhost");
        for (int i = 0; i < MEETINGS; i++) {
            Map<String, Object> body = MeetingApi.meeting("Guest join limit " + i, 1, List.of());
            body.put("allow_guests", true);
            body.put("passcode", "right-one");
            meetings.add(api.create(host, body).get("id").asLong());
        }
    }

    private ApiClient.Response guestJoin(String address, long meetingId, String passcode) {
        return client.send("POST", "/meetings/join", Map.of("Content-Type", "application/json", "X-Forwarded-For", address),
                ApiClient.json("meeting_id", meetingId, "display_name", "Gus", "passcode", passcode));
    }

    @Test
    void guessesSpreadOverMeetingsAreLimitedPerAddress() {
        String address = TestAddresses.next();
        for (int i = 0; i < OverloadServerTest.GUEST_JOINS; i++) {
            // spread so that no meeting reaches its own wrong-passcode limit (PasscodeThrottle.MAX_PER_CALLER)
            assertThat(guestJoin(address, meetings.get(i % MEETINGS), "guess-" + i).status()).isEqualTo(403);
        }

        ApiClient.Response refused = guestJoin(address, meetings.get(0), "right-one");

        assertThat(refused.status()).as(refused.body()).isEqualTo(429);
        assertThat(refused.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(refused.json().get("detail").asString()).startsWith("Too many join requests with a passcode from your network");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 60L);
        assertThat(guestJoin(TestAddresses.next(), meetings.get(0), "right-one").json().get("status").asString())
                .as("another address is not affected").isEqualTo("waiting");
    }

    @Test
    void signedInCallersAndGuestsWithoutPasscodeAreNotCounted() {
        String address = TestAddresses.next();
        MeetingApi.Person member = api.person("gjmember");
        for (int i = 0; i < OverloadServerTest.GUEST_JOINS + 2; i++) {
            ApiClient.Response signedIn = client.send("POST", "/meetings/join", Map.of("Content-Type", "application/json",
                    "X-Forwarded-For", address, "Authorization", "Bearer " + member.token()),
                    ApiClient.json("meeting_id", meetings.get(1), "passcode", "right-one"));
            assertThat(signedIn.status()).isEqualTo(200);
            ApiClient.Response noPasscode = client.send("POST", "/meetings/join",
                    Map.of("Content-Type", "application/json", "X-Forwarded-For", address),
                    ApiClient.json("meeting_id", meetings.get(1), "display_name", "Gus"));
            assertThat(noPasscode.status()).isEqualTo(403);
        }

        assertThat(guestJoin(address, meetings.get(1), "right-one").status()).isEqualTo(200);
    }
}
