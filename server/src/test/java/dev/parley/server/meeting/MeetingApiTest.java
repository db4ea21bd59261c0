package dev.parley.server.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.ApiClient;
import dev.parley.server.ParleyServerTest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The meetings API end to end: create, read, list, edit, cancel, invitations, and bad input that writes nothing. */
@ParleyServerTest
class MeetingApiTest {
    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    MeetingApi api;
    MeetingApi.Person host;
    MeetingApi.Person invitee;

    @BeforeEach
    void people() {
        api = new MeetingApi(new ApiClient(port));
        host = api.person("host");
        invitee = api.person("guest");
    }

    @Test
    void createdMeetingHasTheHostTheInviteesAndTimesWithTheZoneOffset() {
        Map<String, Object> body = MeetingApi.meeting("Design review", 3, List.of(invitee.username()));
        body.put("time_zone", "Europe/Paris");
        body.put("passcode", "4711-x");
        body.put("lobby_enabled", true);

        JsonNode created = api.create(host, body);

        assertThat(created.get("title").asString()).isEqualTo("Design review");
        assertThat(created.get("host").get("username").asString()).isEqualTo(host.username());
        assertThat(created.get("participants").get(0).get("username").asString()).isEqualTo(invitee.username());
        assertThat(created.get("participants").get(0).get("status").asString()).isEqualTo("invited");
        assertThat(created.get("passcode_required").asBoolean()).isTrue();
        assertThat(created.get("lobby_enabled").asBoolean()).isTrue();
        assertThat(created.get("my_role").asString()).isEqualTo("host");
        assertThat(created.get("join_url").asString()).endsWith("/m/" + created.get("id").asLong());
        // Stored in UTC, returned with the Paris offset (+01:00 or +02:00), same instant.
        assertThat(created.get("start_time").asString()).matches(".*\\+0[12]:00");
        assertThat(MeetingApi.instant(created.get("start_time")))
                .isEqualTo(OffsetDateTime.parse((String) body.get("start_time")).toInstant());
        // Issue 13: the host reads the passcode to share it; nobody else ever gets it (HostPasscodeApiTest), nor its hash.
        assertThat(created.get("passcode").asString()).isEqualTo("4711-x");
        assertThat(created.toString()).doesNotContain("argon2");
    }

    @Test
    void inviteeSeesTheMeetingAndAnswersTheInvitation() {
        long id = api.create(host, MeetingApi.meeting("Sync", 2, List.of(invitee.account().email()))).get("id").asLong();

        ApiClient.Response pending = api.call("GET", "/meetings?invitation=invited", invitee, null);
        assertThat(pending.json().get("items").findValuesAsString("title")).contains("Sync");

        ApiClient.Response answered = api.call("POST", "/meetings/" + id + "/response", invitee, Map.of("status", "accepted"));
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        assertThat(answered.json().get("my_status").asString()).isEqualTo("accepted");
        assertThat(answered.json().get("my_role").asString()).isEqualTo("invitee");
        assertThat(api.call("GET", "/meetings?invitation=invited", invitee, null).json().get("items").findValuesAsString("title"))
                .doesNotContain("Sync");
    }

    @Test
    void listingIsOrderedByStartAndSplitIntoUpcomingAndPast() {
        api.create(host, MeetingApi.meeting("Later", 5, List.of()));
        api.create(host, MeetingApi.meeting("Sooner", 1, List.of()));
        Map<String, Object> past = MeetingApi.meeting("Yesterday", -24, List.of());
        past.put("instant", true);
        api.create(host, past);

        List<String> upcoming = api.call("GET", "/meetings", host, null).json().get("items").findValuesAsString("title");
        List<String> earlier = api.call("GET", "/meetings?scope=past", host, null).json().get("items").findValuesAsString("title");

        assertThat(upcoming).containsExactly("Sooner", "Later");
        assertThat(earlier).containsExactly("Yesterday");
    }

    @Test
    void patchChangesOnlyTheGivenFieldsAndPutReplacesTheWholeMeeting() {
        long id = api.create(host, MeetingApi.meeting("Old title", 2, List.of(invitee.username()))).get("id").asLong();

        JsonNode patched = api.call("PATCH", "/meetings/" + id, host, Map.of("title", "New title")).json();
        assertThat(patched.get("title").asString()).isEqualTo("New title");
        assertThat(patched.get("participants")).hasSize(1);

        Map<String, Object> replacement = MeetingApi.meeting("Replaced", 4, List.of());
        JsonNode replaced = api.call("PUT", "/meetings/" + id, host, replacement).json();
        assertThat(replaced.get("title").asString()).isEqualTo("Replaced");
        assertThat(replaced.get("participants")).isEmpty();
    }

    @Test
    void cancelledMeetingStaysVisibleToInviteesMarkedCancelled() {
        long id = api.create(host, MeetingApi.meeting("To cancel", 2, List.of(invitee.username()))).get("id").asLong();

        assertThat(api.call("DELETE", "/meetings/" + id, host, null).status()).isEqualTo(204);

        assertThat(api.call("GET", "/meetings/" + id, invitee, null).json().get("cancelled").asBoolean()).isTrue();
        assertThat(api.call("GET", "/meetings", invitee, null).json().get("items").findValuesAsString("title"))
                .doesNotContain("To cancel");
        assertThat(api.call("GET", "/meetings?include_cancelled=true", invitee, null).json().get("items")
                .findValuesAsString("title")).contains("To cancel");
        assertThat(api.call("PATCH", "/meetings/" + id, host, Map.of("title", "x")).status()).isEqualTo(410);
    }

    @Test
    void weeklySeriesListsEachOccurrenceAndOneOccurrenceCanBeCancelledOrMoved() {
        Map<String, Object> body = MeetingApi.meeting("Weekly", 2, List.of());
        body.put("recurrence", "FREQ=WEEKLY;COUNT=4");
        JsonNode series = api.create(host, body);
        long id = series.get("id").asLong();
        OffsetDateTime first = OffsetDateTime.parse(series.get("start_time").asString());
        String range = "from=" + first.minusMinutes(1).toInstant() + "&to=" + first.plusWeeks(6).toInstant();

        List<JsonNode> all = items(api.call("GET", "/meetings?" + range, host, null).json(), "Weekly");
        assertThat(all).hasSize(4);
        assertThat(MeetingApi.instant(all.get(3).get("start_time"))).isEqualTo(first.plusWeeks(3).toInstant());

        String second = first.plusWeeks(1).toInstant().toString();
        assertThat(api.call("DELETE", "/meetings/" + id + "?occurrence=" + second, host, null).status()).isEqualTo(204);
        String third = first.plusWeeks(2).toInstant().toString();
        OffsetDateTime moved = first.plusWeeks(2).plusHours(1);
        ApiClient.Response move = api.call("PATCH", "/meetings/" + id + "?occurrence=" + third, host,
                Map.of("start_time", moved.toString(), "end_time", moved.plusMinutes(45).toString()));
        assertThat(move.status()).as(move.body()).isEqualTo(200);

        List<JsonNode> after = items(api.call("GET", "/meetings?" + range, host, null).json(), "Weekly");
        assertThat(after).hasSize(3);
        assertThat(MeetingApi.instant(after.get(1).get("start_time"))).isEqualTo(moved.toInstant());
        assertThat(MeetingApi.instant(after.get(1).get("occurrence_start"))).isEqualTo(first.plusWeeks(2).toInstant());
    }

    @Test
    void badInputNamesEveryFieldAndWritesNothing() {
        long before = meetingCount();
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(1).truncatedTo(ChronoUnit.HOURS);
        Map<String, Object> body = Map.of("title", "x".repeat(201), "description", "d".repeat(5001),
                "start_time", start.toString(), "end_time", start.minusMinutes(5).toString(),
                "participants", List.of("nobody_by_that_name_" + System.nanoTime()), "recurrence", "FREQ=HOURLY",
                "time_zone", "Mars/Olympus", "passcode", "12");

        ApiClient.Response response = api.call("POST", "/meetings/create", host, body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("errors").findValuesAsString("field")).containsExactlyInAnyOrder(
                "title", "description", "end_time", "participants", "recurrence", "time_zone", "passcode");
        assertThat(meetingCount()).isEqualTo(before);
    }

    @Test
    void timesAreCheckedForLengthAndPast() {
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(1);
        ApiClient.Response tooLong = api.call("POST", "/meetings/create", host, Map.of("title", "Marathon",
                "start_time", start.toString(), "end_time", start.plusHours(25).toString()));
        ApiClient.Response inPast = api.call("POST", "/meetings/create", host, Map.of("title", "Late",
                "start_time", start.minusDays(2).toString(), "end_time", start.minusDays(2).plusHours(1).toString()));
        ApiClient.Response noOffset = api.call("POST", "/meetings/create", host,
                "{\"title\":\"t\",\"start_time\":\"2030-01-01T10:00\",\"end_time\":\"2030-01-01T11:00\"}");

        assertThat(tooLong.json().get("errors").get(0).get("message").asString()).contains("24 hours");
        assertThat(inPast.json().get("errors").get(0).get("field").asString()).isEqualTo("start_time");
        assertThat(noOffset.status()).isEqualTo(400);
        assertThat(noOffset.body()).contains("start_time");
    }

    @Test
    void inviteeAutocompleteFindsUsernamesByPrefix() {
        String prefix = invitee.username().substring(0, invitee.username().length() - 1);

        JsonNode found = api.call("GET", "/users/search?q=" + prefix, host, null).json();
        ApiClient.Response tooShort = api.call("GET", "/users/search?q=a", host, null);

        assertThat(found.findValuesAsString("username")).contains(invitee.username());
        assertThat(found.toString()).doesNotContain("@");
        assertThat(tooShort.status()).isEqualTo(400);
    }

    @Test
    void apiDocumentListsEachOperationsErrorAnswers() {
        JsonNode paths = new ApiClient(port).get("/v3/api-docs", null).json().get("paths");

        assertThat(paths.get("/meetings/{id}").get("get").get("responses").propertyNames()).contains("200", "401", "404");
        assertThat(paths.get("/meetings/{id}").get("put").get("responses").propertyNames())
                .contains("200", "400", "401", "403", "404", "410");
        assertThat(paths.get("/conferences/start").get("post").get("responses").propertyNames())
                .contains("201", "400", "401", "403", "404", "409", "410");
        assertThat(paths.get("/meetings/join").get("post").get("responses").propertyNames())
                .contains("200", "400", "403", "404", "409", "410", "429");
    }

    private static List<JsonNode> items(JsonNode page, String title) {
        return page.get("items").valueStream().filter(i -> i.get("title").asString().equals(title)).toList();
    }

    private long meetingCount() {
        return jdbc.sql("SELECT count(*) FROM meetings").query(Long.class).single();
    }
}
