package dev.parley.server.screenshare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.server.ApiClient;
import dev.parley.server.ParleyServerTest;
import dev.parley.server.conference.Conference;
import dev.parley.server.conference.ConferenceRegistry;
import dev.parley.server.conference.ConferenceUser;
import dev.parley.server.conference.ParticipantRole;
import dev.parley.server.meeting.MeetingApi;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The conference's screen_sharing_enabled flag is enforced on the server: a meeting started with sharing off refuses a share
 * (the publish is never attempted), and the host turning it on during the call lets the next share through at once.
 */
@ParleyServerTest
class ScreenSharesTest {
    @LocalServerPort
    int port;
    @Autowired
    ConferenceRegistry registry;
    @Autowired
    ScreenShares screenShares;

    @Test
    void aShareIsRefusedWhileTheConferenceHasSharingOffAndAllowedOnceTheHostTurnsItOn() {
        MeetingApi api = new MeetingApi(new ApiClient(port));
        MeetingApi.Person host = api.person("ss_host");
        MeetingApi.Person ivy = api.person("ss_ivy");
        long meetingId = api.create(host, MeetingApi.meeting("Slides", 1, List.of(ivy.username()))).get("id").asLong();
        ApiClient.Response started = api.call("POST", "/conferences/start", host,
                Map.of("meeting_id", meetingId, "screen_sharing_enabled", false));
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        long rowId = started.json().get("id").asLong();
        String conferenceId = started.json().get("conference_id").asString();
        String hostPid = join(api, host, meetingId);
        String ivyPid = join(api, ivy, meetingId);
        Conference conference = registry.conference(conferenceId).orElseThrow();
        AtomicInteger publishes = new AtomicInteger();

        assertThatThrownBy(() -> screenShares.publish(conference, ivyPid, Map.of("0", "microphone", "2", "screen"),
                publishes::incrementAndGet))
                .isInstanceOfSatisfying(ScreenShares.RefusedException.class, e -> {
                    assertThat(e.code()).isEqualTo("screen_sharing_disabled");
                    assertThat(e.getMessage()).isEqualTo("Screen sharing is turned off in this conference; the host can turn it on.");
                });
        assertThat(publishes).as("a refused share publishes nothing").hasValue(0);
        // A publish that starts no share is not the flag's business.
        assertThat(screenShares.publish(conference, ivyPid, Map.of("0", "microphone"), publishes::incrementAndGet)).isEqualTo(1);

        ApiClient.Response patched = api.call("PATCH", "/conferences/" + rowId, host, Map.of("screen_sharing_enabled", true));
        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        assertThat(screenShares.publish(conference, ivyPid, Map.of("2", "screen"), publishes::incrementAndGet)).isEqualTo(2);

        assertThat(conference.role(hostPid)).contains(ParticipantRole.HOST);
        assertThat(conference.role(ivyPid)).contains(ParticipantRole.PARTICIPANT);
        assertThat(conference.role("p-nobody")).isEmpty();
        api.call("POST", "/conferences/stop", host, Map.of("meeting_id", meetingId));
    }

    private String join(MeetingApi api, MeetingApi.Person who, long meetingId) {
        JsonNode ticket = api.call("POST", "/meetings/join", who, Map.of("meeting_id", meetingId)).json();
        assertThat(ticket.path("status").asString()).as(ticket.toString()).isEqualTo("ready");
        AtomicReference<String> participantId = new AtomicReference<>();
        registry.join(new ConferenceUser(who.id(), who.username()), ticket.path("conference_id").asString(),
                ticket.path("join_token").asString(), event -> { }, joined -> participantId.set(joined.participantId()));
        return participantId.get();
    }
}
