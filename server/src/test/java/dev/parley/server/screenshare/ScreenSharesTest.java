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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The conference's screen_sharing_enabled setting is enforced on the server: a meeting started with sharing off refuses a
 * share, and the host turning it on during the call (PATCH) lets the next share through at once.
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

        assertThatThrownBy(() -> screenShares.checkMayPresent(conference, ivyPid, Conference.Reply.none()).join())
                .hasCauseInstanceOf(ScreenShares.RefusedException.class)
                .cause().satisfies(e -> {
                    assertThat(((ScreenShares.RefusedException) e).code()).isEqualTo("screen_sharing_disabled");
                    assertThat(e.getMessage()).isEqualTo("Screen sharing is turned off in this conference; the host can turn it on.");
                });

        ApiClient.Response patched = api.call("PATCH", "/conferences/" + rowId, host, Map.of("screen_sharing_enabled", true));
        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        // The conference holds its settings: the change applies to the next share at once.
        screenShares.checkMayPresent(conference, ivyPid, Conference.Reply.none()).join();

        assertThat(conference.ask(c -> c.member(hostPid).role()).join()).isEqualTo(ParticipantRole.HOST);
        assertThat(conference.ask(c -> c.member(ivyPid).role()).join()).isEqualTo(ParticipantRole.PARTICIPANT);
        assertThat(conference.ask(c -> c.isHost(hostPid) && !c.isHost(ivyPid)).join()).isTrue();
        api.call("POST", "/conferences/stop", host, Map.of("meeting_id", meetingId));
    }

    private String join(MeetingApi api, MeetingApi.Person who, long meetingId) {
        JsonNode ticket = api.call("POST", "/meetings/join", who, Map.of("meeting_id", meetingId)).json();
        assertThat(ticket.path("status").asString()).as(ticket.toString()).isEqualTo("ready");
        return registry.join(new ConferenceUser(who.id(), who.username()), ticket.path("conference_id").asString(),
                ticket.path("join_token").asString(), (type, body) -> { }, Conference.Reply.none()).join().participantId();
    }
}
