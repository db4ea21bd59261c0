package dev.parley.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;
import java.util.Map;

/** The account steps of the web client, as a person does them: by labels, roles and visible text. */
final class AccountPages {

    private AccountPages() {
    }

    /** Fills and submits the Create account form; the client then signs in and opens /home. */
    static void registerViaForm(Page page, TestAccount account) {
        page.navigate("/register");
        page.getByLabel("Username").fill(account.username());
        page.getByLabel("Email").fill(account.email());
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(account.password());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account")).click();
    }

    /** Fills and submits the Sign in form at /login. */
    static void signIn(Page page, String username, String password) {
        page.navigate("/login");
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        // The header's "Sign in" is a link (and hidden on /login): the only button of that name submits the form.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
    }

    /** Creates the account through the API (not the UI), for tests about something else. */
    static void registerViaApi(Page page, TestAccount account) {
        int status = page.request().post("/users/register", RequestOptions.create().setData(Map.of(
                "username", account.username(), "email", account.email(), "password", account.password()))).status();
        if (status != 201) {
            throw new IllegalStateException("POST /users/register answered " + status + " for " + account.username());
        }
    }

    static void signOut(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
    }

    /** The signed-in person's name in the header. */
    static Locator headerName(Page page) {
        return page.locator("header .user-name");
    }

    /** Waits until /home shows the welcome card of this person. */
    static void expectHome(Page page, TestAccount account) {
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Welcome, " + account.username())))
                .isVisible();
        assertThat(headerName(page)).hasText(account.username());
    }

    /** The form's general alert (role=alert). */
    static Locator alert(Page page) {
        return page.locator("form [role=alert]");
    }

    /** The inline error under the field with this id suffix, e.g. {@code fieldError(page, "register", "password")}. */
    static Locator fieldError(Page page, String form, String field) {
        return page.locator("#" + form + "-" + field + "-error");
    }
}
