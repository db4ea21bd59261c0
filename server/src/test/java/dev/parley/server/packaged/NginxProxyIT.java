package dev.parley.server.packaged;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import dev.parley.loadtest.bench.ServerProcess;
import dev.parley.server.browser.BrowserFixture;
import dev.parley.server.tls.TestCertificates;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 13: the usual deployment — nginx (Debian's) terminating TLS in front of Parley, configured with the committed sample
 * docs/deploy/nginx.conf, Parley with {@code server.forward-headers-strategy=native}. Chromium reaches Parley only through nginx
 * (https, the test CA's server certificate pinned by its key): it registers, starts a meeting and joins it with a fake camera,
 * so signaling runs over wss through the proxy (media goes straight to the SFU's loopback UDP port, as in production).
 */
class NginxProxyIT {
    private static final Path WORK = workDirectory();
    private static final TestCertificates CERTIFICATES = TestCertificates.create(WORK.resolve("certs"));

    @RegisterExtension
    static final BrowserFixture browser = new BrowserFixture(List.of("--ignore-certificate-errors-spki-list=" + spki()));

    private static final double SLOW_MS = 120_000;

    private static ServerProcess parley;
    private static NginxProxy nginx;

    @BeforeAll
    static void startParleyBehindNginx() throws Exception {
        parley = PackagedServer.start(WORK, List.of("--server.forward-headers-strategy=native", HttpsIT.PATIENT_HASHING));
        nginx = NginxProxy.start(WORK.resolve("nginx"), parley.base().getPort(), CERTIFICATES.certificateFile(),
                CERTIFICATES.privateKeyFile());
        browser.useBaseUrl(nginx.httpsBase());
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (nginx != null) {
            nginx.close();
        }
        if (parley != null) {
            parley.close();
        }
    }

    @Test
    void plainHttpRedirectsToHttpsAndHttpsReachesParleyWithTheTestCa() throws Exception {
        HttpClient client = HttpClient.newBuilder().sslContext(CERTIFICATES.trustingCa()).build();
        HttpResponse<Void> redirect = client.send(HttpRequest.newBuilder(URI.create(nginx.httpBase() + "/home")).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(redirect.statusCode()).isEqualTo(301);
        assertThat(redirect.headers().firstValue("Location")).hasValue("https://127.0.0.1/home");

        HttpResponse<String> ready = client.send(HttpRequest.newBuilder(URI.create(nginx.httpsBase()
                + "/actuator/health/readiness")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("UP");
    }

    @Test
    void chromiumRegistersStartsAMeetingAndJoinsItOnlyThroughNginx() throws Exception {
        browser.requireFakeCamera();
        Page page = browser.newUserPage();
        // Registering and signing in each run Argon2id: over 15 s on the loaded 2-core machine (load average 30).
        page.setDefaultTimeout(SLOW_MS);
        List<String> requested = new CopyOnWriteArrayList<>();
        List<String> sockets = new CopyOnWriteArrayList<>();
        List<String> cookies = new CopyOnWriteArrayList<>();
        List<Response> meetings = new CopyOnWriteArrayList<>();
        page.context().onRequest(request -> requested.add(request.url()));
        page.onWebSocket(socket -> sockets.add(socket.url()));
        page.context().onResponse(response -> record(response, cookies, meetings));

        String name = "ops_" + Integer.toHexString(ThreadLocalRandom.current().nextInt(1 << 20));
        page.navigate("/register");
        page.getByLabel("Username").fill(name);
        page.getByLabel("Email").fill(name + "@example.org");
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("correct horse battery staple");
        button(page, "Create account").click();
        page.locator("#meet-now").click();
        button(page, "Join now").click();
        assertThat(page.locator(".conf-state")).hasAttribute("data-state", "connected",
                new LocatorAssertions.HasAttributeOptions().setTimeout(SLOW_MS));
        browser.screenshot(page, "in-call-through-nginx");

        String origin = nginx.httpsBase() + "/";
        assertThat(requested).as("every request the page made went to nginx").isNotEmpty()
                .allSatisfy(url -> assertThat(url).matches(u -> u.startsWith(origin) || u.startsWith("data:")
                        || u.startsWith("blob:"), "an https URL of nginx"));
        assertThat(sockets).as("signaling over wss through nginx").isNotEmpty()
                .allSatisfy(url -> assertThat(url).startsWith("wss://127.0.0.1:" + URI.create(origin).getPort() + "/ws"));
        assertThat(cookies).as("the refresh cookie is Secure behind the TLS proxy").isNotEmpty()
                .allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("Secure"));
        assertThat(meetings).as("the meeting's join link names the proxy's https origin").isNotEmpty()
                .allSatisfy(created -> assertThat(created.text()).contains("\"join_url\":\"" + origin + "m/"));
        // nginx logs a request when it ends: a WebSocket when it closes.
        page.close();
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!nginx.accessLog().matches("(?s).*\"GET /ws[^\"]*\" 101 .*") && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(nginx.accessLog()).as("the WebSocket upgrade went through nginx").containsPattern("\"GET /ws[^\"]*\" 101 ");
    }

    private static void record(Response response, List<String> cookies, List<Response> meetings) {
        String cookie = response.headerValue("set-cookie");
        if (cookie != null) {
            cookies.add(cookie);
        }
        if ("POST".equals(response.request().method()) && response.url().endsWith("/meetings/create") && response.status() == 201) {
            meetings.add(response);
        }
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Path workDirectory() {
        try {
            return PackagedServer.workDirectory("nginx-proxy");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String spki() {
        try {
            return CERTIFICATES.serverSpkiSha256();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
