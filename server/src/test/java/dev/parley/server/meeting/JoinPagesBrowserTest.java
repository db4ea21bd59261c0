package dev.parley.server.meeting;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;
import dev.parley.server.ApiClient;
import dev.parley.server.ParleyServerTest;
import dev.parley.server.browser.BrowserFixture;
import dev.parley.server.conference.Conference;
import dev.parley.server.conference.ConferenceRegistry;
import dev.parley.server.moderation.Moderation;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The pages around the call (issue 13) in real Chromium: bad links end on a not-found page before anything is asked, a
 * signed-out load asks nothing of /users/refresh, a removed guest is refused with a full page before the green room, an
 * ended meeting says so and moves to "Past", the host reads and copies the passcode, the display name shows, and "Rejoin"
 * after leaving returns to the meeting's join page. Screenshots at 360, 768 and 1280 px in /work/wt/shots/pages when that
 * folder exists (the reviewers' copy), and under target/screenshots always.
 */
@ParleyServerTest
class JoinPagesBrowserTest {
    private static final String PASSWORD = "correct horse battery staple";
    private static final Path SHOTS = Path.of("/work/wt/shots/pages");
    private static final int[] WIDTHS = {360, 768, 1280};

    @RegisterExtension
    static final BrowserFixture browser = new BrowserFixture();

    @LocalServerPort
    int port;
    @Autowired
    ConferenceRegistry registry;
    @Autowired
    Moderation moderation;

    @Test
    void badLinksEndOnANotFoundPageAndASignedOutLoadNeverAsksForARefresh() {
        Page page = browser.newUserPage();
        List<String> refreshes = new CopyOnWriteArrayList<>();
        List<String> errors = new CopyOnWriteArrayList<>();
        page.onRequest(request -> {
            if (request.url().contains("/users/refresh")) {
                refreshes.add(request.url());
            }
        });
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                errors.add(message.text());
            }
        });

        page.navigate("/");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Video meetings");
        page.navigate("/nope");
        assertThat(heading(page, "Page not found")).isVisible();
        shots(page, "not-found");
        page.navigate("/m/abc/join");
        assertThat(heading(page, "Page not found")).isVisible();
        page.navigate("/m/999999");
        assertThat(page.locator("[data-state=not-found]")).isVisible();
        assertThat(heading(page, "Meeting not found")).isVisible();
        assertThat(page.getByLabel("Your name")).hasCount(0);
        shots(page, "meeting-not-found");

        assertThat(refreshes).as("signed out: no refresh cookie, so no /users/refresh").isEmpty();
        // The one error left is the browser's own line for the 404 of /m/999999's link check, which the page handles.
        assertThat(errors).as("console errors").allSatisfy(text -> assertThat(text).doesNotContain("401"));
    }

    @Test
    void aRemovedGuestIsRefusedWithAFullPageBeforeTheGreenRoom() throws Exception {
        MeetingApi api = new MeetingApi(new ApiClient(port));
        MeetingApi.Person host = api.person("rm_host");
        Map<String, Object> body = MeetingApi.meeting("Open day", 1, List.of());
        body.put("allow_guests", true);
        long id = api.create(host, body).get("id").asLong();
        api.start(host, id);
        try {
            String hostId = api.joinLive(registry, id, host).participantId();
            ConferenceRegistry.Membership gus = api.joinLiveAsGuest(registry, id, "Gus");
            moderation.remove(gus.conference(), hostId, gus.participantId(), Conference.Reply.none()).get(5, TimeUnit.SECONDS);

            Page guest = browser.newUserPage();
            guest.navigate("/m/" + id);
            assertThat(guest.getByLabel("Passcode")).hasCount(0);
            shots(guest, "guest-form");
            guest.getByLabel("Your name").fill("Gus");
            button(guest, "Join as guest").click();

            assertThat(guest.locator("[data-state=removed]")).isVisible();
            assertThat(heading(guest, "You were removed from this meeting")).isVisible();
            assertThat(guest.locator(".conf")).hasCount(0);
            shots(guest, "removed");
        } finally {
            api.call("POST", "/conferences/stop", host, Map.of("meeting_id", id));
        }
    }

    @Test
    void anEndedMeetingSaysSoAndMovesToPastAndTheHostCopiesThePasscode() {
        MeetingApi api = new MeetingApi(new ApiClient(port));
        MeetingApi.Person host = api.person("end_host");
        MeetingApi.Person invitee = api.person("end_inv");
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        String title = "Early finish " + invitee.username();
        long id = api.create(host, Map.of("title", title, "start_time", now.toString(), "end_time", now.plusHours(2).toString(),
                "instant", true, "participants", List.of(invitee.username()), "passcode", "tulip-4821")).get("id").asLong();
        api.start(host, id);
        api.call("POST", "/conferences/stop", host, Map.of("meeting_id", id));

        Page late = signedIn(browser.newUserPage(), invitee);
        late.navigate("/m/" + id + "/join");
        assertThat(late.locator("[data-state=ended]")).isVisible();
        assertThat(heading(late, "This meeting has ended")).isVisible();
        assertThat(late.locator("[data-state=ended]")).not().containsText("has not started");
        shots(late, "ended-invitee");
        late.navigate("/m/" + id);
        assertThat(late.locator(".mt-heading")).hasText(title);
        assertThat(late.locator(".mt-badge", new Page.LocatorOptions().setHasText("Passcode"))).hasCount(0);
        assertThat(late.locator("#meeting-passcode")).hasCount(0);

        Page page = signedIn(browser.newUserPage(), host);
        page.context().grantPermissions(List.of("clipboard-read", "clipboard-write"));
        page.navigate("/home");
        Locator past = page.locator("#mt-past .mt-card", new Page.LocatorOptions().setHasText(title));
        assertThat(past).isVisible();
        assertThat(past.locator(".mt-badge", new Locator.LocatorOptions().setHasText("Ended"))).isVisible();
        assertThat(page.locator("#mt-today .mt-card", new Page.LocatorOptions().setHasText(title))).hasCount(0);
        shots(page, "dashboard-past");

        page.navigate("/m/" + id);
        assertThat(page.locator("#meeting-passcode")).hasText("tulip-4821");
        button(page, "Copy invitation").click();
        assertThat(page.locator(".mt-action-message")).hasText("Invitation copied: link and passcode.");
        Object copied = page.evaluate("() => navigator.clipboard.readText()");
        assertThat((String) copied).contains("/m/" + id, "Passcode: tulip-4821", title);
        shots(page, "meeting-host-passcode");
    }

    @Test
    void theDisplayNameIsSetAtRegistrationShownInTheHeaderAndChangedOnTheAccountPage() {
        String username = "dn_" + Long.toHexString(System.nanoTime()).substring(6);
        Page page = browser.newUserPage();
        page.navigate("/register");
        page.getByLabel("Username").fill(username);
        page.getByLabel("Display name (optional)").fill("Ada Lovelace");
        page.getByLabel("Email").fill(username + "@example.org");
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
        shots(page, "register-display-name");
        button(page, "Create account").click();
        assertThat(heading(page, "Welcome, Ada Lovelace")).isVisible();
        assertThat(page.locator("header .user-name")).hasText("Ada Lovelace");

        page.navigate("/account");
        page.getByLabel("Display name", new Page.GetByLabelOptions().setExact(true)).fill("Ada King");
        button(page, "Save").click();
        assertThat(page.locator(".notice")).containsText("Ada King");
        assertThat(page.locator("header .user-name")).hasText("Ada King");
        shots(page, "account");
    }

    @Test
    void rejoinAfterLeavingReturnsToTheJoinPageAndMeetingInfoShowsTheLink() {
        browser.requireFakeCamera();
        MeetingApi api = new MeetingApi(new ApiClient(port));
        MeetingApi.Person host = api.person("rj_host");
        Map<String, Object> body = MeetingApi.meeting("Standup", 1, List.of());
        body.put("passcode", "lily-2024");
        long id = api.create(host, body).get("id").asLong();
        api.start(host, id);
        try {
            Page page = signedIn(browser.newUserPage(), host);
            page.context().grantPermissions(List.of("clipboard-read", "clipboard-write"));
            page.navigate("/m/" + id + "/join");
            button(page, "Join now").click();
            assertThat(page.locator(".conf-state")).hasAttribute("data-state", "connected",
                    new com.microsoft.playwright.assertions.LocatorAssertions.HasAttributeOptions().setTimeout(20_000));
            assertThat(page.locator(".conf-title")).hasText("Standup");

            button(page, "Meeting info").click();
            assertThat(page.locator("#meeting-info-link")).hasText(browser.url("/m/" + id));
            assertThat(page.locator("#meeting-info-passcode")).hasText("lily-2024");
            shots(page, "meeting-info");
            page.keyboard().press("Escape");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Leave call")).click();
            Locator rejoin = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Rejoin"));
            assertThat(rejoin).hasAttribute("href", "/m/" + id + "/join");
            rejoin.click();
            assertThat(page).hasURL(browser.url("/m/" + id + "/join"));
            assertThat(button(page, "Join now")).isVisible();
        } finally {
            api.call("POST", "/conferences/stop", host, Map.of("meeting_id", id));
        }
    }

    private Page signedIn(Page page, MeetingApi.Person person) {
        int status = page.request().post("/users/login", RequestOptions.create()
                .setData(Map.of("username", person.username(), "password", person.account().password()))).status();
        assertThat(status).isEqualTo(200);
        return page;
    }

    /** The page at each of the three widths, full length, into the reviewers' folder and target/screenshots. */
    private static void shots(Page page, String name) {
        var size = page.viewportSize();
        for (int width : WIDTHS) {
            page.setViewportSize(width, width == 360 ? 740 : 900);
            page.waitForTimeout(150);
            browser.screenshot(page, name + "-" + width);
            if (SHOTS.toFile().isDirectory()) {
                page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + "-" + width + ".png")).setFullPage(true));
            }
        }
        page.setViewportSize(size.width, size.height);
    }

    private static Locator heading(Page page, String name) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name));
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
