package dev.parley.server.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.ApiClient;
import dev.parley.server.ParleyServerTest;
import dev.parley.server.conference.Conference;
import dev.parley.server.conference.ConferenceProperties;
import dev.parley.server.conference.ConferenceRegistry;
import dev.parley.server.meeting.MeetingApi;
import dev.parley.server.moderation.Moderation;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The join rules of issue 13: the host always gets in, a removed person is refused by the ticket (before the green room), a
 * meeting that was held says it ended, and the link check before joining reveals no more than a join does.
 */
@ParleyServerTest
class JoinRulesApiTest {
    @LocalServerPort
    int port;
    @Autowired
    ConferenceRegistry registry;
    @Autowired
    Moderation moderation;
    MeetingApi api;
    MeetingApi.Person host;
    MeetingApi.Person invitee;

    @BeforeEach
    void people() {
        api = new MeetingApi(new ApiClient(port));
        host = api.person("r_host");
        invitee = api.person("r_inv");
    }

    @Test
    void theHostGetsIntoAMeetingThatGuestsFilledButNobodyElseDoes() {
        long id = meeting(Map.of("allow_guests", true));
        api.start(host, id);
        api.fillWithGuests(registry, id, ConferenceProperties.DEFAULTS.maxParticipants());

        ApiClient.Response inviteeTicket = join(invitee, id);
        ApiClient.Response hostTicket = join(host, id);

        assertThat(inviteeTicket.status()).isEqualTo(409);
        assertThat(inviteeTicket.json().get("type").asString()).isEqualTo("urn:parley:problem:conference-full");
        assertThat(hostTicket.status()).isEqualTo(200);
        Conference conference = api.joinLive(registry, id, host).conference();
        assertThat(conference.size()).isEqualTo(ConferenceProperties.DEFAULTS.maxParticipants() + 1);
        api.call("POST", "/conferences/stop", host, Map.of("meeting_id", id));
    }

    @Test
    void aRemovedGuestIsRefusedByTheTicketAndOthersAreNot() throws Exception {
        long id = meeting(Map.of("allow_guests", true));
        api.start(host, id);
        String hostId = api.joinLive(registry, id, host).participantId();
        ConferenceRegistry.Membership gus = api.joinLiveAsGuest(registry, id, "Gus");

        moderation.remove(gus.conference(), hostId, gus.participantId(), Conference.Reply.none()).get(5, TimeUnit.SECONDS);
        ApiClient.Response again = guestJoin(id, "Gus");
        ApiClient.Response other = guestJoin(id, "Gia");

        assertThat(again.status()).isEqualTo(403);
        assertThat(again.json().get("type").asString()).isEqualTo("urn:parley:problem:removed-by-host");
        assertThat(again.json().get("detail").asString()).contains("removed you");
        assertThat(other.status()).isEqualTo(200);
        api.call("POST", "/conferences/stop", host, Map.of("meeting_id", id));
    }

    @Test
    void aMeetingThatWasHeldAndEndedSaysSoToLateComersAndInTheList() {
        long id = meeting(Map.of());
        assertThat(join(invitee, id).json().get("ended_at").isNull()).as("not held yet").isTrue();
        assertThat(api.call("GET", "/meetings/" + id, invitee, null).json().get("ended_at").isNull()).isTrue();

        api.start(host, id);
        api.call("POST", "/conferences/stop", host, Map.of("meeting_id", id));

        JsonNode late = join(invitee, id).json();
        assertThat(late.get("status").asString()).isEqualTo("waiting");
        assertThat(late.get("ended_at").isNull()).isFalse();
        assertThat(api.call("GET", "/meetings/" + id, invitee, null).json().get("ended_at").isNull()).isFalse();
    }

    @Test
    void theLinkCheckSaysNotFoundBeforeAskingForAnythingAndRevealsNoMoreThanAJoin() {
        long closed = meeting(Map.of());
        long open = meeting(Map.of("allow_guests", true, "passcode", "open-sesame"));

        ApiClient.Response unknown = api.call("GET", "/meetings/987654321/entry", null, null);
        ApiClient.Response notForGuests = api.call("GET", "/meetings/" + closed + "/entry", null, null);
        ApiClient.Response guest = api.call("GET", "/meetings/" + open + "/entry", null, null);
        ApiClient.Response member = api.call("GET", "/meetings/" + open + "/entry", invitee, null);

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(notForGuests.status()).isEqualTo(404);
        assertThat(notForGuests.json().get("detail").asString())
                .isEqualTo(unknown.json().get("detail").asString().replace("987654321", Long.toString(closed)));
        assertThat(guest.status()).isEqualTo(200);
        assertThat(guest.json().get("passcode_required").asBoolean()).isTrue();
        assertThat(guest.json().get("title").isNull()).as("the title only after the passcode, as in a join").isTrue();
        assertThat(member.json().get("passcode_required").asBoolean()).isFalse();
        assertThat(member.json().get("title").asString()).isEqualTo("Join rules");
        assertThat(api.call("GET", "/meetings/987654321/entry", invitee, null).status()).isEqualTo(404);
    }

    private long meeting(Map<String, Object> extra) {
        Map<String, Object> body = MeetingApi.meeting("Join rules", 1, List.of(invitee.username()));
        body.putAll(extra);
        return api.create(host, body).get("id").asLong();
    }

    private ApiClient.Response join(MeetingApi.Person who, long meetingId) {
        return api.call("POST", "/meetings/join", who, Map.of("meeting_id", meetingId));
    }

    private ApiClient.Response guestJoin(long meetingId, String name) {
        return api.call("POST", "/meetings/join", null, Map.of("meeting_id", meetingId, "display_name", name));
    }
}
