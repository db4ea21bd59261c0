package dev.parley.server.moderation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;
import java.util.Map;

/** One signed-in person on the meeting page /c/<id>, pressing buttons by their accessible names. */
final class CallPage {
    final Page page;
    final String name;

    private CallPage(Page page, String name) {
        this.page = page;
        this.name = name;
    }

    /** Registers and signs in through the API (the refresh cookie lands in the page's context), opens the call, joins. */
    static CallPage join(Page page, String username, String conferenceId) {
        String password = "correct horse battery staple";
        int registered = page.request().post("/users/register", RequestOptions.create().setData(
                Map.of("username", username, "email", username + "@example.org", "password", password))).status();
        int login = page.request().post("/users/login", RequestOptions.create()
                .setData(Map.of("username", username, "password", password))).status();
        if (registered != 201 || login != 200) {
            throw new IllegalStateException("register answered " + registered + ", login " + login);
        }
        page.onConsoleMessage(m -> System.out.println("[" + username + " console." + m.type() + "] " + m.text()));
        CallPage call = new CallPage(page, username);
        call.open(conferenceId);
        assertThat(page.locator(".conf-state")).hasAttribute("data-state", "connected",
                new LocatorAssertions.HasAttributeOptions().setTimeout(20_000));
        return call;
    }

    /** Opens the meeting page and presses "Join now". */
    void open(String conferenceId) {
        page.navigate("/c/" + conferenceId);
        button("Join now").click();
    }

    String participantId() {
        return (String) page.evaluate("() => window.parley.conference.participantId");
    }

    /** The server's producer id of this person's own microphone ("audio") or camera ("video"). */
    String producerId(String kind) {
        return (String) page.evaluate("(kind) => window.parley.conference.senders.get(kind).producerId", kind);
    }

    /** Sends a signaling request from this page and returns the error code of the refusal, or "ok". */
    String request(String type, Map<String, Object> fields) {
        return (String) page.evaluate("([type, fields]) => window.parley.conference.signaling.request(type, fields)"
                + ".then(() => 'ok', (e) => e.code)", java.util.List.of(type, fields));
    }

    /** The remote tile of a participant on this page. */
    Locator tile(String participantId) {
        return page.locator(".conf-grid .conf-tile[data-participant-id='" + participantId + "']");
    }

    Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
