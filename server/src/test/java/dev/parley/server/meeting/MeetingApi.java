package dev.parley.server.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.ApiClient;
import dev.parley.server.TestUsers;
import dev.parley.server.conference.Conference;
import dev.parley.server.conference.ConferenceRegistry;
import dev.parley.server.conference.ConferenceUser;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls of the meetings and conferences API for tests, as one signed-in person (or anonymously with a null token). */
public final class MeetingApi {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ApiClient api;

    public MeetingApi(ApiClient api) {
        this.api = api;
    }

    /** A registered, signed-in account. */
    public record Person(TestUsers.Account account, String token) {
        public long id() {
            return account.id();
        }

        public String username() {
            return account.username();
        }
    }

    public Person person(String prefix) {
        TestUsers.Account account = TestUsers.register(api, prefix);
        return new Person(account, TestUsers.login(api, account).get("access_token").asString());
    }

    public ApiClient.Response call(String method, String path, Person as, Object body) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (as != null) {
            headers.put("Authorization", "Bearer " + as.token());
        }
        if (body != null) {
            headers.put("Content-Type", "application/json");
        }
        return api.send(method, path, headers, body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body));
    }

    /** A valid meeting body starting in {@code hoursAhead} hours, 30 minutes long, with these invitees. */
    public static Map<String, Object> meeting(String title, int hoursAhead, List<String> participants) {
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.HOURS).plusHours(hoursAhead);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("start_time", start.toString());
        body.put("end_time", start.plusMinutes(30).toString());
        body.put("participants", participants);
        return body;
    }

    /** Creates a meeting as {@code host} and returns its JSON. */
    public JsonNode create(Person host, Map<String, Object> body) {
        ApiClient.Response response = call("POST", "/meetings/create", host, body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    public JsonNode start(Person host, long meetingId) {
        ApiClient.Response response = call("POST", "/conferences/start", host, Map.of("meeting_id", meetingId));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    /**
     * Fills a running meeting (which must allow guests, without a lobby) with {@code count} guests who never send media:
     * each gets a guest join token from POST /meetings/join and joins the live conference directly, with a channel that
     * drops every event. Ends with the conference stopped by the host (or by the test).
     */
    public void fillWithGuests(ConferenceRegistry registry, long meetingId, int count) {
        for (int i = 0; i < count; i++) {
            joinLiveAsGuest(registry, meetingId, "Filler " + i);
        }
    }

    /** Takes a ticket and joins the live conference through the registry as a guest, as the signaling join would (no socket). */
    public ConferenceRegistry.Membership joinLiveAsGuest(ConferenceRegistry registry, long meetingId, String name) {
        JsonNode ticket = call("POST", "/meetings/join", null, Map.of("meeting_id", meetingId, "display_name", name)).json();
        return registry.join(new ConferenceUser(0, name), ticket.get("conference_id").asString(),
                ticket.get("join_token").asString(), (type, body) -> { }, Conference.Reply.none()).join();
    }

    /** The same for an account. */
    public ConferenceRegistry.Membership joinLive(ConferenceRegistry registry, long meetingId, Person who) {
        JsonNode ticket = call("POST", "/meetings/join", who, Map.of("meeting_id", meetingId)).json();
        return registry.join(new ConferenceUser(who.id(), who.username()), ticket.get("conference_id").asString(),
                ticket.get("join_token").asString(), (type, body) -> { }, Conference.Reply.none()).join();
    }

    public static Instant instant(JsonNode node) {
        return OffsetDateTime.parse(node.asString()).toInstant();
    }
}
