package dev.parley.server.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.server.ApiClient;
import dev.parley.server.ParleyServerTest;
import dev.parley.server.conference.ConferenceProperties;
import dev.parley.server.conference.ConferenceAccess;
import dev.parley.server.conference.ConferenceError;
import dev.parley.server.conference.ConferenceException;
import dev.parley.server.conference.ConferenceRegistry;
import dev.parley.server.conference.ConferenceUser;
import dev.parley.server.conference.JoinGrant;
import dev.parley.server.conference.ParticipantRole;
import dev.parley.server.meeting.MeetingApi;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The signaling side of joining: what the ConferenceAccess seam accepts, attendance, fullness and the end of a conference. */
@ParleyServerTest
class MeetingConferenceAccessTest {
    @LocalServerPort
    int port;
    @Autowired
    ConferenceAccess access;
    @Autowired
    ConferenceRegistry registry;
    @Autowired
    JdbcClient jdbc;
    MeetingApi api;
    MeetingApi.Person host;
    MeetingApi.Person invitee;

    @BeforeEach
    void people() {
        api = new MeetingApi(new ApiClient(port));
        host = api.person("a_host");
        invitee = api.person("a_inv");
    }

    @Test
    void adHocRoomsStayOpenToAccountsButNotToGuests() {
        JoinGrant grant = access.authorizeJoin(new ConferenceUser(host.id(), host.username()), "team-standup", null);

        assertThat(grant.role()).isEqualTo(ParticipantRole.PARTICIPANT);
        assertThatThrownBy(() -> access.authorizeJoin(new ConferenceUser(0, "Gus"), "team-standup", null))
                .isInstanceOf(ConferenceException.class);
    }

    @Test
    void meetingConferenceAdmitsOnlyTheTokenHolderForThatConference() {
        JsonNode ticket = startedTicket(invitee, Map.of());
        String conferenceId = ticket.get("conference_id").asString();
        String token = ticket.get("join_token").asString();
        ConferenceUser me = new ConferenceUser(invitee.id(), invitee.username());

        assertThat(access.authorizeJoin(me, conferenceId, token)).isEqualTo(new JoinGrant(invitee.username(), ParticipantRole.PARTICIPANT));
        assertRefused(() -> access.authorizeJoin(me, conferenceId, null), "join token");
        assertRefused(() -> access.authorizeJoin(new ConferenceUser(host.id(), host.username()), conferenceId, token), "another");
        assertRefused(() -> access.authorizeJoin(me, "c-999999999", token), "another");
        assertRefused(() -> access.authorizeJoin(me, conferenceId, token.substring(0, token.length() - 2) + "xx"), "join token");
    }

    @Test
    void lobbyTokenOnlyKnocksAndGuestsSayHelloWithTheirToken() {
        JsonNode lobby = startedTicket(null, Map.of("lobby_enabled", true, "allow_guests", true));
        String token = lobby.get("join_token").asString();

        assertThat(lobby.get("status").asString()).isEqualTo("lobby");
        ConferenceUser guest = access.authenticateGuest(token);
        assertThat(guest).isEqualTo(new ConferenceUser(0, "Gus"));
        assertRefused(() -> access.authorizeJoin(guest, lobby.get("conference_id").asString(), token), "lobby");
        String inviteeToken = startedTicket(invitee, Map.of()).get("join_token").asString();
        assertRefused(() -> access.authenticateGuest(inviteeToken), "guest");
    }

    @Test
    void attendanceIsRecordedAndAnEleventhPersonIsToldTheMeetingIsFull() {
        Map<String, Object> body = MeetingApi.meeting("Full house", 1, List.of(invitee.username()));
        body.put("allow_guests", true);
        long meetingId = api.create(host, body).get("id").asLong();
        long conferenceId = api.start(host, meetingId).get("id").asLong();
        api.fillWithGuests(registry, meetingId, ConferenceProperties.DEFAULTS.maxParticipants());

        ApiClient.Response eleventh = api.call("POST", "/meetings/join", invitee, Map.of("meeting_id", meetingId));
        JsonNode live = api.call("GET", "/conferences/" + conferenceId, host, null).json();
        JsonNode stopped = api.call("POST", "/conferences/stop", host, Map.of("meeting_id", meetingId)).json();

        assertThat(eleventh.status()).isEqualTo(409);
        assertThat(eleventh.json().get("type").asString()).isEqualTo("urn:parley:problem:conference-full");
        assertThat(live.get("participants")).hasSize(ConferenceProperties.DEFAULTS.maxParticipants());
        assertThat(live.get("participants").get(0).get("display_name").asString()).isEqualTo("Filler 0");
        assertThat(stopped.get("live").asBoolean()).isFalse();
        assertThat(stopped.get("attendance")).hasSize(ConferenceProperties.DEFAULTS.maxParticipants())
                .allSatisfy(record -> assertThat(record.get("left_at").isNull()).isFalse());
        assertThat(registry.conference("c-" + conferenceId)).isEmpty();
        long open = jdbc.sql("SELECT count(*) FROM conference_participants WHERE conference_id = :c AND left_at IS NULL")
                .param("c", conferenceId).query(Long.class).single();
        assertThat(open).isZero();
    }

    @Test
    void endedConferenceHonoursNoTokenAndCannotBeChanged() {
        long meetingId = api.create(host, MeetingApi.meeting("Short", 1, List.of(invitee.username()))).get("id").asLong();
        long conferenceId = api.start(host, meetingId).get("id").asLong();
        JsonNode ticket = api.call("POST", "/meetings/join", invitee, Map.of("meeting_id", meetingId)).json();
        api.call("POST", "/conferences/stop", host, Map.of("meeting_id", meetingId));

        assertRefused(() -> access.authorizeJoin(new ConferenceUser(invitee.id(), invitee.username()),
                ticket.get("conference_id").asString(), ticket.get("join_token").asString()), "ended");
        assertThat(api.call("PATCH", "/conferences/" + conferenceId, host, Map.of("locked", true)).status()).isEqualTo(409);
        assertThat(api.call("POST", "/conferences/stop", host, Map.of("meeting_id", meetingId)).status()).isEqualTo(409);
        assertThat(api.start(host, meetingId).get("id").asLong()).isNotEqualTo(conferenceId);
    }

    /** A started meeting (host: {@link #host}, invitee: {@link #invitee}) and the join ticket of {@code who} (null: guest Gus). */
    private JsonNode startedTicket(MeetingApi.Person who, Map<String, Object> extra) {
        Map<String, Object> body = MeetingApi.meeting("Access", 1, List.of(invitee.username()));
        body.putAll(extra);
        long meetingId = api.create(host, body).get("id").asLong();
        api.start(host, meetingId);
        Map<String, Object> join = who == null ? Map.of("meeting_id", meetingId, "display_name", "Gus") : Map.of("meeting_id", meetingId);
        ApiClient.Response response = api.call("POST", "/meetings/join", who, join);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String reason) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ConferenceException.class, e -> {
            assertThat(e.error()).isEqualTo(ConferenceError.FORBIDDEN);
            assertThat(e.getMessage()).contains(reason);
        });
    }
}
