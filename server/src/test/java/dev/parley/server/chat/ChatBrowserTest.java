package dev.parley.server.chat;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;
import dev.parley.server.ParleyServerTest;
import dev.parley.server.browser.BrowserFixture;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The chat panel in real Chromium pages of one call: the unread badge, a public message with a link and an HTML injection
 * attempt that must stay text, a private message the third person never sees, and the history after a reload (a new join).
 */
@ParleyServerTest
class ChatBrowserTest {
    @RegisterExtension
    static final BrowserFixture browser = new BrowserFixture();

    private static final String XSS = "<img src=x onerror=\"window.__chatXss=1\"> see https://example.org/docs.";

    @Test
    void twoPeopleChatPubliclyAndPrivatelyAndTheThirdSeesOnlyThePublicPartAlsoAfterAReload() {
        browser.requireFakeCamera();
        String conferenceId = "chat-" + Integer.toHexString(ThreadLocalRandom.current().nextInt());
        String suffix = Integer.toHexString(ThreadLocalRandom.current().nextInt(1 << 20));
        Page ada = open("ada_" + suffix, conferenceId);
        Page bob = open("bob_" + suffix, conferenceId);
        Page cyd = open("cyd_" + suffix, conferenceId);

        button(ada, "Open chat").click();
        ada.locator(".chat-input").fill(XSS);
        ada.locator(".chat-input").press("Enter");
        assertThat(ada.locator(".chat-msg.is-mine .chat-msg-text")).hasText(XSS);

        // bob has the panel closed: the badge counts the message; opening shows it as text with one real link.
        assertThat(bob.locator(".chat-badge")).hasText("1");
        button(bob, "Open chat (1 unread)").click();
        Locator received = bob.locator(".chat-msg .chat-msg-text").first();
        assertThat(received).hasText(XSS);
        assertThat(bob.locator(".chat-list img")).hasCount(0);
        assertThat(received.locator("a")).hasAttribute("href", "https://example.org/docs");
        assertThat(bob.locator(".chat-msg-from").first()).hasText("ada_" + suffix);
        assertThat(bob.evaluate("() => window.__chatXss === undefined")).isEqualTo(true);
        assertThat(bob.locator(".chat-badge")).isHidden();

        // ada whispers to bob; cyd gets the next public message but never the private one.
        String bobId = (String) bob.evaluate("() => window.parley.conference.participantId");
        ada.locator(".chat-to").selectOption(bobId);
        ada.locator(".chat-input").fill("psst, only for bob");
        ada.locator(".chat-input").press("Enter");
        assertThat(bob.locator(".chat-msg.is-private .chat-msg-text")).hasText("psst, only for bob");
        assertThat(bob.locator(".chat-msg.is-private .chat-msg-private")).hasText("private to you");
        ada.locator(".chat-to").selectOption("");
        ada.locator(".chat-input").fill("back to everyone");
        ada.locator(".chat-input").press("Enter");
        assertThat(cyd.locator(".chat-badge")).hasText("2");
        button(cyd, "Open chat (2 unread)").click();
        assertThat(cyd.locator(".chat-msg")).hasCount(2);
        assertThat(cyd.locator(".chat-list")).not().containsText("psst");
        browser.screenshot(bob, "chat-private");

        // A reload takes the seat back with a fresh page: the history comes back from the database, still without the
        // private message.
        cyd.reload();
        button(cyd, "Join now").click();
        button(cyd, "Open chat").click();
        assertThat(cyd.locator(".chat-msg .chat-msg-text")).containsText(new String[] {XSS, "back to everyone"});
        assertThat(cyd.locator(".chat-list")).not().containsText("psst");

        // Errors in words: an over-long message is refused by the server and nothing is shown as sent.
        cyd.locator(".chat-input").fill("x".repeat(4001));
        cyd.locator(".chat-input").press("Enter");
        assertThat(cyd.locator(".chat-error")).containsText("at most 4000 characters");
        assertThat(cyd.locator(".chat-msg")).hasCount(2);
        browser.screenshot(cyd, "chat-history-and-error");
    }

    private static Page open(String username, String conferenceId) {
        Page page = browser.newUserPage();
        String password = "correct horse battery staple";
        int registered = page.request().post("/users/register", RequestOptions.create()
                .setData(Map.of("username", username, "email", username + "@example.org", "password", password))).status();
        int login = page.request().post("/users/login", RequestOptions.create()
                .setData(Map.of("username", username, "password", password))).status();
        assertThat(registered).isEqualTo(201);
        assertThat(login).isEqualTo(200);
        page.onPageError(error -> System.out.println("[" + username + " page error] " + error));
        page.navigate("/c/" + conferenceId);
        button(page, "Join now").click();
        assertThat(button(page, "Open chat")).isEnabled();
        return page;
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }
}
