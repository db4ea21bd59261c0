package dev.parley.server.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.ApiClient;
import dev.parley.server.ParleyServerTest;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The .ics download and the calendar feed, read back with a real RFC 5545 parser (ical4j), not string matching. */
@ParleyServerTest
class IcsApiTest {
    @LocalServerPort
    int port;

    @Test
    void meetingIcsIsAValidVeventWithUtcTimesOrganizerAttendeesRuleAndJoinUrl() throws Exception {
        MeetingApi api = new MeetingApi(new ApiClient(port));
        MeetingApi.Person host = api.person("ics_host");
        MeetingApi.Person invitee = api.person("ics_inv");
        Map<String, Object> body = MeetingApi.meeting("Planning; Q3, \"budget\"", 5, List.of(invitee.username()));
        body.put("description", "Line one\nLine two with a very long sentence that certainly needs folding at seventy-five octets, "
                + "even with ümlauts and emoji 🎉 inside.");
        body.put("recurrence", "FREQ=WEEKLY;BYDAY=MO;COUNT=3");
        JsonNode meeting = api.create(host, body);
        long id = meeting.get("id").asLong();

        ApiClient.Response ics = api.call("GET", "/meetings/" + id + ".ics", invitee, null);

        assertThat(ics.status()).isEqualTo(200);
        assertThat(ics.header("Content-Type")).startsWith("text/calendar");
        assertThat(ics.body()).contains("\r\n");
        ics.body().lines().forEach(line -> assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .as(line).isLessThanOrEqualTo(75));
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics.body()));
        VEvent event = (VEvent) calendar.getComponent("VEVENT").orElseThrow();
        assertThat(text(event, Property.UID)).isEqualTo("meeting-" + id + "@127.0.0.1");
        assertThat(text(event, Property.SUMMARY)).isEqualTo("Planning; Q3, \"budget\"");
        assertThat(text(event, Property.DESCRIPTION)).startsWith("Line one\nLine two").contains("🎉")
                .endsWith("Join: " + meeting.get("join_url").asString());
        assertThat(text(event, Property.DTSTART)).isEqualTo(utc(meeting.get("start_time")));
        assertThat(text(event, Property.DTEND)).isEqualTo(utc(meeting.get("end_time")));
        // ical4j writes the rule parts in its own order; compare them as a set.
        assertThat(text(event, Property.RRULE).split(";")).containsExactlyInAnyOrder("FREQ=WEEKLY", "BYDAY=MO", "COUNT=3");
        assertThat(text(event, Property.ORGANIZER)).isEqualTo("mailto:" + host.account().email());
        List<Property> attendees = event.getProperties(Property.ATTENDEE);
        assertThat(attendees).extracting(Property::getValue).containsExactly("mailto:" + invitee.account().email());
        assertThat(text(event, Property.URL)).isEqualTo(meeting.get("join_url").asString());
    }

    @Test
    void feedUrlServesMyMeetingsWithoutATokenUntilRevoked() throws Exception {
        MeetingApi api = new MeetingApi(new ApiClient(port));
        MeetingApi.Person host = api.person("feed_host");
        api.create(host, MeetingApi.meeting("Feed one", 2, List.of()));
        api.create(host, MeetingApi.meeting("Feed two", 30, List.of()));

        ApiClient.Response created = api.call("POST", "/meetings/calendar-feed", host, null);
        String path = java.net.URI.create(created.json().get("url").asString()).getPath();
        ApiClient.Response feed = api.call("GET", path, null, null);

        assertThat(created.status()).isEqualTo(201);
        assertThat(feed.status()).isEqualTo(200);
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed.body()));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).extracting(e -> text(e, Property.SUMMARY)).containsExactlyInAnyOrder("Feed one", "Feed two");

        assertThat(api.call("DELETE", "/meetings/calendar-feed", host, null).status()).isEqualTo(204);
        assertThat(api.call("GET", path, null, null).status()).isEqualTo(404);
        assertThat(api.call("GET", "/meetings/feed/not-a-token.ics", null, null).status()).isEqualTo(404);
    }

    private static String text(VEvent event, String name) {
        return event.getProperty(name).orElseThrow().getValue();
    }

    private static String utc(JsonNode time) {
        return java.time.format.DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(java.time.ZoneOffset.UTC)
                .format(OffsetDateTime.parse(time.asString()).toInstant());
    }
}
