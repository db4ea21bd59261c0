package dev.parley.server.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.parley.server.browser.AccountPages.alert;
import static dev.parley.server.browser.AccountPages.expectHome;
import static dev.parley.server.browser.AccountPages.fieldError;
import static dev.parley.server.browser.AccountPages.headerName;
import static dev.parley.server.browser.AccountPages.registerViaApi;
import static dev.parley.server.browser.AccountPages.registerViaForm;
import static dev.parley.server.browser.AccountPages.signIn;
import static dev.parley.server.browser.AccountPages.signOut;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.parley.server.ParleyServerTest;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The account pages in headless Chromium against the real server: register, sign in and out, errors, reload. */
@ParleyServerTest
class AccountBrowserTest {

    @RegisterExtension
    static final BrowserFixture browser = new BrowserFixture();

    @Test
    void registerSignOutAndSignInShowsOwnNameInTheHeader() {
        TestAccount ada = TestAccount.fresh("ada");
        Page page = browser.newUserPage();
        page.navigate("/");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Video meetings");
        browser.screenshot(page, "1-landing");

        registerViaForm(page, ada);
        expectHome(page, ada);
        assertThat(page).hasURL(browser.url("/home"));
        assertThat(page.locator(".details")).containsText(ada.email());
        browser.screenshot(page, "2-home-after-register");

        signOut(page);
        assertThat(page).hasURL(browser.url("/"));
        assertThat(headerName(page)).hasCount(0);
        browser.screenshot(page, "3-signed-out");

        signIn(page, ada.username(), ada.password());
        expectHome(page, ada);
        browser.screenshot(page, "4-home-after-sign-in");
    }

    @Test
    void wrongPasswordShowsTheServersSentence() {
        TestAccount grace = TestAccount.fresh("grace");
        Page page = pageWithAccount(grace);

        signIn(page, grace.username(), "not the password at all");

        assertThat(alert(page)).isVisible();
        assertThat(alert(page)).hasText("The username or password is not correct.");
        assertThat(page).hasURL(browser.url("/login"));
        assertThat(headerName(page)).hasCount(0);
        browser.screenshot(page, "wrong-password");
    }

    @Test
    void duplicateUsernameShowsTheErrorNextToTheUsernameField() {
        TestAccount alan = TestAccount.fresh("alan");
        Page page = pageWithAccount(alan);

        registerViaForm(page, new TestAccount(alan.username(), "other." + alan.email(), alan.password()));

        assertThat(fieldError(page, "register", "username")).hasText("Username is already taken.");
        assertThat(page.getByLabel("Username")).hasAttribute("aria-invalid", "true");
        assertThat(page.getByLabel("Username")).isFocused();
        assertThat(alert(page)).isHidden();
        browser.screenshot(page, "duplicate-username");
    }

    @Test
    void shortPasswordIsReportedInlineWithoutAnyRequest() {
        Page page = browser.newUserPage();
        List<String> apiCalls = new ArrayList<>();
        page.onRequest(request -> {
            if (request.url().contains("/users/register")) {
                apiCalls.add(request.url());
            }
        });
        page.navigate("/register");
        page.getByLabel("Username").fill("katherine");
        page.getByLabel("Email").fill("not-an-email");
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("short");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account")).click();

        assertThat(fieldError(page, "register", "password")).hasText("Use at least 10 characters.");
        assertThat(fieldError(page, "register", "email")).containsText("valid email address");
        assertThat(fieldError(page, "register", "username")).isEmpty();
        assertThat(page.getByLabel("Email")).isFocused();
        browser.screenshot(page, "inline-errors");
        Assertions.assertThat(apiCalls).as("requests to /users/register").isEmpty();

        // Fixing the password clears its error as the person types.
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("long enough now");
        assertThat(fieldError(page, "register", "password")).isEmpty();
    }

    @Test
    void sessionSurvivesAReloadThroughTheRefreshCookieOnly() {
        TestAccount mary = TestAccount.fresh("mary");
        Page page = browser.newUserPage();
        registerViaForm(page, mary);
        expectHome(page, mary);

        page.reload();

        expectHome(page, mary);
        // The access token lives in memory only; the refresh token is an HttpOnly cookie scripts cannot read. Scripts see
        // only the parley_session hint, which holds no secret.
        Object stored = page.evaluate("() => [localStorage.length, sessionStorage.length, document.cookie]");
        Assertions.assertThat(stored).isEqualTo(List.of(0, 0, "parley_session=1"));
        Assertions.assertThat(page.context().cookies()).anySatisfy(cookie -> {
            Assertions.assertThat(cookie.name).isEqualTo("parley_refresh");
            Assertions.assertThat(cookie.httpOnly).isTrue();
        });
    }

    @Test
    void signedOutDeepLinkAsksToSignInThenReturns() {
        TestAccount edsger = TestAccount.fresh("edsger");
        Page page = pageWithAccount(edsger);

        page.navigate("/home");
        assertThat(page).hasURL(Pattern.compile("/login\\?next=%2Fhome$"));
        page.getByLabel("Username").fill(edsger.username());
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(edsger.password());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();

        expectHome(page, edsger);
    }

    @Test
    void phoneLayoutShowsTheFormsAndTheSignedInShell() {
        TestAccount hedy = TestAccount.fresh("hedy");
        Page page = browser.newPhonePage();
        page.navigate("/");
        browser.screenshot(page, "1-landing-phone");
        page.navigate("/register");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account")).click();
        assertThat(fieldError(page, "register", "username")).hasText("Choose a username.");
        browser.screenshot(page, "2-register-errors-phone");

        registerViaForm(page, hedy);
        // On a phone the header shows the avatar and an icon-only Sign out button (its name stays for screen readers).
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Welcome, " + hedy.username())))
                .isVisible();
        browser.screenshot(page, "3-home-phone");
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth");
        Assertions.assertThat(overflow).as("horizontal scrolling on a 390 px screen").isEqualTo(false);
    }

    /** A fresh browser context for a person whose account already exists (created through the API, not the form). */
    private static Page pageWithAccount(TestAccount account) {
        Page page = browser.newUserPage();
        registerViaApi(page, account);
        return page;
    }
}
