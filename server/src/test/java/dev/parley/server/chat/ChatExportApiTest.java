package dev.parley.server.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.server.ApiClient;
import dev.parley.server.ParleyServerTest;
import dev.parley.server.conference.Conference;
import dev.parley.server.conference.ConferenceRegistry;
import dev.parley.server.conference.ConferenceUser;
import dev.parley.server.meeting.MeetingApi;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A meeting's chat: kept by meeting so the next conference of the meeting shows it, host-only delete kept as "deleted", and
 * GET /meetings/{id}/chat for host and invitees only, with private messages only for their two people.
 */
@ParleyServerTest
class ChatExportApiTest {
    @LocalServerPort
    int port;
    @Autowired
    ConferenceRegistry registry;
    @Autowired
    ChatService chat;

    private MeetingApi api;

    private String join(MeetingApi.Person who, long meetingId) {
        JsonNode ticket = api.call("POST", "/meetings/join", who, Map.of("meeting_id", meetingId)).json();
        assertThat(ticket.path("status").asString()).as(ticket.toString()).isEqualTo("ready");
        return registry.join(new ConferenceUser(who.id(), who.username()), ticket.path("conference_id").asString(),
                ticket.path("join_token").asString(), (type, body) -> { }, Conference.Reply.none()).join().participantId();
    }

    @Test
    void theMeetingsChatIsExportedToItsPeopleAndCarriesOverToItsNextConference() {
        api = new MeetingApi(new ApiClient(port));
        MeetingApi.Person host = api.person("ch_host");
        MeetingApi.Person ivy = api.person("ch_ivy");
        MeetingApi.Person joe = api.person("ch_joe");
        MeetingApi.Person stranger = api.person("ch_str");
        long meetingId = api.create(host, MeetingApi.meeting("Chat", 1, List.of(ivy.username(), joe.username())))
                .get("id").asLong();
        String conferenceId = api.start(host, meetingId).get("conference_id").asString();
        String hostPid = join(host, meetingId);
        String ivyPid = join(ivy, meetingId);

        Conference live = registry.conference(conferenceId).orElseThrow();
        ChatMessage hello = chat.send(live, hostPid, "Welcome **all**", null, Conference.Reply.none()).join();
        chat.send(live, ivyPid, "for the host only", hostPid, Conference.Reply.none()).join();
        ChatMessage oops = chat.send(live, hostPid, "oops, a password", null, Conference.Reply.none()).join();
        assertThatThrownBy(() -> chat.delete(live, ivyPid, hello.id(), Conference.Reply.none()).join())
                .cause().isInstanceOfSatisfying(ChatException.class, e -> assertThat(e.code()).isEqualTo("forbidden"));
        chat.delete(live, hostPid, oops.id(), Conference.Reply.none()).join();

        JsonNode asIvy = api.call("GET", "/meetings/" + meetingId + "/chat", ivy, null).json();
        assertThat(asIvy.path("messages")).hasSize(3);
        assertThat(asIvy.path("messages").get(1).path("to").path("name").asString()).isEqualTo(host.username());
        JsonNode deleted = asIvy.path("messages").get(2);
        assertThat(deleted.path("deleted").asBoolean()).isTrue();
        assertThat(deleted.path("text").isNull()).isTrue();
        // joe was invited but neither sent nor received the private message.
        JsonNode asJoe = api.call("GET", "/meetings/" + meetingId + "/chat", joe, null).json();
        assertThat(asJoe.path("messages")).hasSize(2);
        assertThat(asJoe.toString()).doesNotContain("for the host only").doesNotContain("password");
        assertThat(api.call("GET", "/meetings/" + meetingId + "/chat", stranger, null).status()).isEqualTo(404);
        assertThat(api.call("GET", "/meetings/" + meetingId + "/chat", null, null).status()).isEqualTo(401);

        ApiClient.Response markdown = new ApiClient(port).send("GET", "/meetings/" + meetingId + "/chat",
                Map.of("Authorization", "Bearer " + host.token(), "Accept", "text/markdown"), null);
        assertThat(markdown.status()).isEqualTo(200);
        assertThat(markdown.header("Content-Type")).startsWith("text/markdown");
        assertThat(markdown.body()).contains("# Chat of meeting " + meetingId, "Welcome **all**", "(private)",
                "(deleted by the host)").doesNotContain("password");

        // The next run of the meeting is a new conference with the same chat.
        api.call("POST", "/conferences/stop", host, Map.of("meeting_id", meetingId));
        String nextConference = api.start(host, meetingId).get("conference_id").asString();
        assertThat(nextConference).isNotEqualTo(conferenceId);
        String hostAgain = join(host, meetingId);
        ChatService.Page history = chat.history(registry.conference(nextConference).orElseThrow(), hostAgain, null, null,
                Conference.Reply.none()).join();
        assertThat(history.messages()).extracting(ChatMessage::text)
                .containsExactly("Welcome **all**", "for the host only", null);
        assertThat(history.canDelete()).isTrue();
        api.call("POST", "/conferences/stop", host, Map.of("meeting_id", meetingId));
    }
}
