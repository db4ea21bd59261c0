package dev.parley.server.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * One headless Debian Chromium per test class, driven by Playwright, pointed at the Spring test server.
 *
 * <pre>{@code
 * @ParleyServerTest
 * class SomethingBrowserTest {
 *     @RegisterExtension static final BrowserFixture browser = new BrowserFixture();
 *
 *     @Test void works() {
 *         Page page = browser.newUserPage();          // a fresh context: its own cookies, 1280x800
 *         page.navigate(browser.url("/login"));
 *         browser.screenshot(page, "login");           // target/screenshots/SomethingBrowserTest-works-login.png
 *     }
 * }
 * }</pre>
 *
 * <p>Each {@link #newUserPage()} opens a new {@link BrowserContext} of the one browser (separate cookies and storage,
 * like a separate person); contexts are closed after each test, the browser after the class. Tabs of one Chromium
 * keep CPU low on this 2-core machine (see shared/TESTING.md). The base URL comes from the Spring test context's
 * {@code local.server.port}, so the test class must start the server on a real port (the shared
 * {@code @ParleyServerTest} does).
 */
public final class BrowserFixture implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

    /** Debian's Chromium; Playwright must not download its own build (no internet here, and CI installs this one). */
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    /** A laptop screen: what most people meet on. */
    public static final int DESKTOP_WIDTH = 1280;
    public static final int DESKTOP_HEIGHT = 800;
    /** A current phone's CSS viewport (iPhone 12–15 class). */
    public static final int PHONE_WIDTH = 390;
    public static final int PHONE_HEIGHT = 844;

    /**
     * For actions and for web-first assertions (whose own default is 5 s). Pages are local, but Argon2id hashing on a
     * loaded 2-core machine can take seconds: 15 s still fails a broken page quickly.
     */
    private static final double TIMEOUT_MS = 15_000;

    private final Supplier<Path> executable;
    /** 0: Chromium's fake permission UI allows every page its devices; n > 0: permission per context, n fake cameras. */
    private final int permissionPerContextCameras;
    private Playwright playwright;
    private Browser browser;
    private Optional<Path> fakeCamera = Optional.empty();
    private final List<BrowserContext> contexts = new ArrayList<>();
    private final List<String> extraFlags;
    private ExtensionContext testContext;
    private String baseUrl;

    /** Debian's Chromium; every page may use the fake camera (the y4m file) and microphone without a prompt. */
    public BrowserFixture() {
        this(() -> CHROMIUM, List.of(), 0);
    }

    /**
     * For a server the test starts itself (a packaged jar, a reverse proxy in front of it): more Chromium flags (e.g. which
     * test certificate to accept), and the base URL set with {@link #useBaseUrl(String)} instead of the Spring context's.
     */
    public BrowserFixture(List<String> extraFlags) {
        this(() -> CHROMIUM, extraFlags, 0);
    }

    /**
     * Chromium started through {@code executable}, e.g. a wrapper that runs it inside a network namespace ({@link
     * NoUdpNamespace}); asked for when the browser starts, before the class's first test.
     */
    public BrowserFixture(Supplier<Path> executable) {
        this(executable, List.of(), 0);
    }

    private BrowserFixture(Supplier<Path> executable, List<String> extraFlags, int permissionPerContextCameras) {
        this.executable = executable;
        this.extraFlags = List.copyOf(extraFlags);
        this.permissionPerContextCameras = permissionPerContextCameras;
    }

    /**
     * Camera and microphone are allowed per person: {@link #newUserPage()} grants them, {@link #newPageWithMediaBlocked}
     * does not (getUserMedia then fails with NotAllowedError, as after "Block"). Chromium lists {@code cameras} generated
     * fake cameras (a moving pattern), for tests that switch between cameras.
     */
    public static BrowserFixture withMediaPermissionPerPerson(int cameras) {
        return new BrowserFixture(() -> CHROMIUM, List.of(), Math.max(1, cameras));
    }

    /** Points new pages at this server (e.g. {@code https://127.0.0.1:<proxy port>}) instead of the Spring test server. */
    public void useBaseUrl(String url) {
        baseUrl = url;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException(CHROMIUM + " is missing: install Debian's browser with `apt-get install -y chromium`.");
        }
        PlaywrightAssertions.setDefaultAssertionTimeout(TIMEOUT_MS);
        fakeCamera = FakeCamera.file();
        List<String> flags = new ArrayList<>(permissionPerContextCameras == 0 ? ChromiumFlags.forTests(fakeCamera)
                : ChromiumFlags.forTests(false, permissionPerContextCameras));
        flags.addAll(extraFlags);
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(executable.get())
                .setHeadless(true)
                .setArgs(flags));
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        testContext = context;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        for (BrowserContext each : contexts) {
            each.close();
        }
        contexts.clear();
        testContext = null;
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    /** A new person: a fresh context (no cookies) with one page at 1280x800. */
    public Page newUserPage() {
        return newUserPage(DESKTOP_WIDTH, DESKTOP_HEIGHT);
    }

    /** A new person on a phone: 390x844 CSS pixels, touch, mobile viewport rules (device pixel ratio 1: small PNGs). */
    public Page newPhonePage() {
        return newPage(contextOptions(PHONE_WIDTH, PHONE_HEIGHT).setIsMobile(true).setHasTouch(true));
    }

    /** A new person with the given CSS viewport size. */
    public Page newUserPage(int width, int height) {
        return newPage(contextOptions(width, height));
    }

    private Browser.NewContextOptions contextOptions(int width, int height) {
        return new Browser.NewContextOptions().setViewportSize(width, height).setBaseURL(baseUrl())
                .setLocale("en-US").setTimezoneId("UTC");
    }

    /** A person who blocked camera and microphone (only with {@link #withMediaPermissionPerPerson}). */
    public Page newPageWithMediaBlocked(int width, int height) {
        if (permissionPerContextCameras == 0) {
            throw new IllegalStateException("Chromium allows every page its devices: use BrowserFixture.withMediaPermissionPerPerson.");
        }
        return newPage(contextOptions(width, height), false);
    }

    private Page newPage(Browser.NewContextOptions options) {
        return newPage(options, true);
    }

    private Page newPage(Browser.NewContextOptions options, boolean mediaAllowed) {
        BrowserContext context = browser.newContext(options);
        if (permissionPerContextCameras > 0 && mediaAllowed) {
            context.grantPermissions(List.of("camera", "microphone"));
        }
        context.setDefaultTimeout(TIMEOUT_MS);
        contexts.add(context);
        return context.newPage();
    }

    /** {@code http://127.0.0.1:<random port>}, the server of the Spring test context. */
    public String baseUrl() {
        if (baseUrl == null) {
            String port = SpringExtension.getApplicationContext(requireTestContext()).getEnvironment().getProperty("local.server.port");
            if (port == null) {
                throw new IllegalStateException("No local.server.port: the test context must use webEnvironment = RANDOM_PORT.");
            }
            baseUrl = "http://127.0.0.1:" + port;
        }
        return baseUrl;
    }

    /** The absolute URL of an app path such as {@code /login}. */
    public String url(String path) {
        return baseUrl() + path;
    }

    /** Saves a full-page PNG as {@code target/screenshots/<TestClass>-<testMethod>-<step>.png} and returns its path. */
    public Path screenshot(Page page, String step) {
        ExtensionContext context = requireTestContext();
        String test = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
        Path file = Screenshots.directory().resolve(test + "-" + step + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    /**
     * The y4m file Chromium plays as its camera. Tests that need a camera call this first, so that a machine without
     * ffmpeg fails those tests (and only those) with a clear message instead of showing Chromium's default pattern.
     */
    public Path requireFakeCamera() {
        return fakeCamera.orElseThrow(() -> new IllegalStateException(
                "No fake camera: ffmpeg is missing. Install it with `apt-get install -y ffmpeg`."));
    }

    private ExtensionContext requireTestContext() {
        if (testContext == null) {
            throw new IllegalStateException("Call the BrowserFixture from inside a test method.");
        }
        return testContext;
    }
}
