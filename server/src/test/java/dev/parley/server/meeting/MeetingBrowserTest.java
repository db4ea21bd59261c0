package dev.parley.server.meeting;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;
import dev.parley.server.ApiClient;
import dev.parley.server.ParleyServerTest;
import dev.parley.server.browser.BrowserFixture;
import dev.parley.server.conference.ConferenceProperties;
import dev.parley.server.conference.ConferenceRegistry;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Meetings in real Chromium, as people use them: schedule with an invitee, the invitee answers on the dashboard and waits
 * for the host, both meet and see each other's video through the SFU, the host ends it for everyone; a guest with the link
 * is refused a wrong passcode, waits in the lobby, is admitted and joins; an eleventh person is told the meeting is full.
 * Screenshots at each step.
 */
@ParleyServerTest
class MeetingBrowserTest {
    private static final String PASSWORD = "correct horse battery staple";
    /** Media has to flow this soon after both are connected (ms): the SFU forwards within a keyframe interval. */
    private static final double MEDIA_TIMEOUT_MS = 20_000;

    @RegisterExtension
    static final BrowserFixture browser = new BrowserFixture();

    @LocalServerPort
    int port;
    @Autowired
    ConferenceRegistry registry;

    @Test
    void scheduledMeetingFromInvitationToVideoToMeetingEnded() {
        browser.requireFakeCamera();
        String suffix = suffix();
        Page host = signedIn(browser.newUserPage(), "host_" + suffix);
        Page invitee = signedIn(browser.newUserPage(), "inv_" + suffix);
        String title = "Roadmap review " + suffix;

        // The host schedules, finding the invitee by autocomplete.
        host.navigate("/home");
        assertThat(host.locator("#mt-today")).isVisible();
        host.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Schedule").setExact(true)).click();
        host.getByLabel("Title").fill(title);
        host.getByLabel("Invitees").fill("inv_" + suffix.substring(0, 4));
        host.locator(".mt-suggestion", new Page.LocatorOptions().setHasText("inv_" + suffix)).click();
        assertThat(host.locator(".mt-chip")).containsText("inv_" + suffix);
        host.getByLabel("Description").fill("Quarterly priorities.\nBring your numbers.");
        browser.screenshot(host, "1-schedule-form");
        button(host, "Schedule meeting").click();
        assertThat(host.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(title))).isVisible();
        String meetingId = host.locator(".mt-meeting").getAttribute("data-meeting-id");
        browser.screenshot(host, "2-meeting-page");

        // The invitee sees the invitation on the dashboard, accepts, and opens the meeting before it started.
        invitee.navigate("/home");
        Locator invitation = invitee.locator("#mt-invitations .mt-card", new Page.LocatorOptions().setHasText(title));
        assertThat(invitation).isVisible();
        browser.screenshot(invitee, "3-invitation");
        invitation.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Accept")).click();
        assertThat(invitation.locator(".mt-answer")).hasText("Accepted");
        invitee.navigate("/m/" + meetingId + "/join");
        assertThat(invitee.locator("[data-state=waiting]")).isVisible();
        browser.screenshot(invitee, "4-waiting-for-host");

        // The host starts and joins; the invitee's page goes on by itself.
        button(host, "Start meeting").click();
        button(host, "Join now").click();
        expectConnected(host);
        button(invitee, "Join now").click();
        expectConnected(invitee);
        expectVideoFrom(host);
        expectVideoFrom(invitee);
        assertThat(host.locator(".conf-grid .conf-tile[data-name='inv_" + suffix + "']")).isVisible();
        assertThat(invitee.locator(".conf-grid .conf-tile[data-name='host_" + suffix + "']")).isVisible();
        browser.screenshot(host, "5-host-in-call");
        browser.screenshot(invitee, "6-invitee-in-call");

        // The host ends the meeting: both are told, each in their own words (issue 13, 6).
        button(host, "End meeting for all").click();
        for (Page page : List.of(host, invitee)) {
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Meeting ended"))).isVisible();
        }
        assertThat(host.locator("[data-state=ended]")).containsText("You ended the meeting");
        assertThat(invitee.locator("[data-state=ended]")).containsText("The host ended the meeting");
        browser.screenshot(invitee, "7-meeting-ended");

        // Attendance on the meeting page, for the host.
        host.navigate("/m/" + meetingId);
        assertThat(host.locator(".mt-attendance-list")).containsText("inv_" + suffix);
        browser.screenshot(host, "8-attendance");
    }

    @Test
    void guestIsRefusedAWrongPasscodeWaitsInTheLobbyAndIsAdmitted() {
        browser.requireFakeCamera();
        String suffix = suffix();
        Page host = signedIn(browser.newUserPage(), "lhost_" + suffix);
        MeetingApi api = new MeetingApi(new ApiClient(port));
        MeetingApi.Person hostApi = new MeetingApi.Person(null, login("lhost_" + suffix));
        Map<String, Object> body = MeetingApi.meeting("Open house " + suffix, 1, List.of());
        body.putAll(Map.of("passcode", "2468", "lobby_enabled", true, "allow_guests", true));
        long meetingId = api.create(hostApi, body).get("id").asLong();
        api.start(hostApi, meetingId);
        host.navigate("/m/" + meetingId + "/join");
        button(host, "Join now").click();
        expectConnected(host);

        Page guest = browser.newUserPage();
        logConsole(guest, "guest");
        guest.navigate("/m/" + meetingId);
        guest.getByLabel("Passcode").fill("1357");
        guest.getByLabel("Your name").fill("Gus Guest");
        browser.screenshot(guest, "1-guest-form");
        button(guest, "Join as guest").click();
        assertThat(guest.locator("[data-state=wrong-passcode]")).isVisible();
        browser.screenshot(guest, "2-wrong-passcode");

        guest.getByLabel("Passcode").fill("2468");
        button(guest, "Join").click();
        assertThat(guest.locator("[data-state=lobby]")).isVisible();
        browser.screenshot(guest, "3-lobby");
        Locator waiting = host.locator(".mt-lobby-row", new Page.LocatorOptions().setHasText("Gus Guest"));
        assertThat(waiting).isVisible();
        browser.screenshot(host, "4-host-lobby-panel");
        waiting.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Admit")).click();

        button(guest, "Join now").click();
        expectConnected(guest);
        expectVideoFrom(guest);
        assertThat(host.locator(".conf-grid .conf-tile[data-name='Gus Guest']")).isVisible();
        // A guest's name is one anybody could type: it is marked wherever it is shown (issue 8 defect 8).
        assertThat(host.locator(".conf-grid .conf-tile[data-name='Gus Guest'] .conf-tile-name")).hasText("Gus Guest (guest)");
        browser.screenshot(host, "5-guest-admitted");
    }

    @Test
    void weeklySeriesLosesOneOccurrenceAndShowsInTheCalendarFeed() {
        String suffix = suffix();
        Page host = signedIn(browser.newUserPage(), "series_" + suffix);
        host.navigate("/m/new");
        host.getByLabel("Title").fill("Weekly sync " + suffix);
        host.getByLabel("Repeat").selectOption("WEEKLY");
        host.locator(".mt-count").fill("4");
        browser.screenshot(host, "1-weekly-form");
        button(host, "Schedule meeting").click();
        Locator occurrences = host.locator(".mt-occurrence");
        assertThat(occurrences).hasCount(4);
        occurrences.nth(1).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Cancel this one")).click();
        assertThat(occurrences.nth(1)).containsText("Cancelled");
        browser.screenshot(host, "2-one-occurrence-cancelled");
        host.setViewportSize(BrowserFixture.PHONE_WIDTH, BrowserFixture.PHONE_HEIGHT);
        browser.screenshot(host, "3-meeting-page-phone");

        host.navigate("/home");
        browser.screenshot(host, "4-dashboard-phone");
        host.setViewportSize(BrowserFixture.DESKTOP_WIDTH, BrowserFixture.DESKTOP_HEIGHT);
        button(host, "Get my calendar link").click();
        String feedUrl = host.locator("#calendar-feed-url").textContent();
        browser.screenshot(host, "5-dashboard-calendar-link");
        String feed = host.request().get(feedUrl).text();
        assertThat(feed).startsWith("BEGIN:VCALENDAR").contains("SUMMARY:Weekly sync " + suffix)
                .contains("RRULE:FREQ=WEEKLY;COUNT=4").contains("EXDATE:");
    }

    @Test
    void eleventhPersonSeesThatTheMeetingIsFull() {
        String suffix = suffix();
        Page late = signedIn(browser.newUserPage(), "late_" + suffix);
        MeetingApi api = new MeetingApi(new ApiClient(port));
        MeetingApi.Person host = api.person("fhost");
        Map<String, Object> body = MeetingApi.meeting("Town hall " + suffix, 1, List.of("late_" + suffix));
        body.put("allow_guests", true);
        long meetingId = api.create(host, body).get("id").asLong();
        api.start(host, meetingId);
        api.fillWithGuests(registry, meetingId, ConferenceProperties.DEFAULTS.maxParticipants());
        try {
            late.navigate("/m/" + meetingId + "/join");
            assertThat(late.locator("[data-state=full]")).isVisible();
            assertThat(late.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("This meeting is full"))).isVisible();
            browser.screenshot(late, "meeting-full");
        } finally {
            api.call("POST", "/conferences/stop", host, Map.of("meeting_id", meetingId));
        }
    }

    private Page signedIn(Page page, String username) {
        logConsole(page, username);
        int registered = page.request().post("/users/register", RequestOptions.create().setData(Map.of(
                "username", username, "email", username + "@example.org", "password", PASSWORD))).status();
        assertThat(registered).isEqualTo(201);
        int login = page.request().post("/users/login", RequestOptions.create()
                .setData(Map.of("username", username, "password", PASSWORD))).status();
        assertThat(login).isEqualTo(200);
        return page;
    }

    private String login(String username) {
        return new ApiClient(port).postJson("/users/login", ApiClient.json("username", username, "password", PASSWORD))
                .json().get("access_token").asString();
    }

    private static void logConsole(Page page, String who) {
        page.onConsoleMessage(message -> System.out.println("[" + who + " console." + message.type() + "] " + message.text()));
        page.onPageError(error -> System.out.println("[" + who + " page error] " + error));
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static void expectConnected(Page page) {
        assertThat(page.locator(".conf-state")).hasAttribute("data-state", "connected",
                new LocatorAssertions.HasAttributeOptions().setTimeout(MEDIA_TIMEOUT_MS));
    }

    /** The video frames this page decoded from everyone it receives (inbound-rtp framesDecoded of the recv connection). */
    private static final String FRAMES_DECODED = """
            async () => {
              const session = window.parley && window.parley.conference;
              if (!session || !session.recvPc) return 0;
              let frames = 0;
              (await session.recvPc.getStats()).forEach((r) => {
                if (r.type === 'inbound-rtp' && r.kind === 'video') frames += r.framesDecoded || 0;
              });
              return frames;
            }""";

    /** Video from the other participant is decoded on this page, and keeps being decoded (framesDecoded grows). */
    private static void expectVideoFrom(Page page) {
        long deadline = System.currentTimeMillis() + (long) MEDIA_TIMEOUT_MS;
        long first = -1;
        while (System.currentTimeMillis() < deadline) {
            long frames = ((Number) page.evaluate(FRAMES_DECODED)).longValue();
            if (first < 0 && frames > 0) {
                first = frames;
            } else if (first > 0 && frames > first + 5) {
                return;
            }
            page.waitForTimeout(250);
        }
        throw new AssertionError("framesDecoded did not grow on this page (first reading " + first + ")");
    }

    private static String suffix() {
        return String.format("%06x", ThreadLocalRandom.current().nextInt(1 << 24));
    }
}
