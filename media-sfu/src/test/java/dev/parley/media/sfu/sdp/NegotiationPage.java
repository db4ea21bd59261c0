package dev.parley.media.sfu.sdp;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Debian's headless Chromium on a tiny page served from 127.0.0.1 ({@code negotiation.html}), whose functions drive the two
 * peer connections of decision 0002. A secure context is needed for getUserMedia: http://127.0.0.1 counts as one.
 * Flags as measured in shared/TESTING.md (root, headless, fake devices, loopback candidates).
 */
final class NegotiationPage implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private final HttpServer server;
    private final Playwright playwright;
    private final Browser browser;
    private final Page page;
    private final String url;

    private NegotiationPage(HttpServer server, Playwright playwright, Browser browser, Page page, String url) {
        this.server = server;
        this.playwright = playwright;
        this.browser = browser;
        this.page = page;
        this.url = url;
    }

    static NegotiationPage open() throws IOException {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException(CHROMIUM + " is missing: install Debian's browser with `apt-get install -y chromium`.");
        }
        byte[] html = pageBytes();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, html.length);
            exchange.getResponseBody().write(html);
            exchange.close();
        });
        server.start();
        Playwright playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--headless=new", "--no-sandbox", "--use-fake-ui-for-media-stream",
                        "--use-fake-device-for-media-stream", "--allow-loopback-in-peer-connection", "--disable-gpu",
                        "--disable-quic", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync")));
        Page page = browser.newPage();
        page.setDefaultTimeout(10_000);
        NegotiationPage negotiation =
                new NegotiationPage(server, playwright, browser, page, "http://127.0.0.1:" + server.getAddress().getPort() + "/");
        negotiation.reload();
        return negotiation;
    }

    /** A fresh document: the previous test's peer connections close with the old one. Cheaper than a new browser. */
    void reload() {
        page.navigate(url);
    }

    /** Calls one of the page's async functions with one argument and returns its JSON-shaped result. */
    Object call(String function, Object argument) {
        return page.evaluate("([f, a]) => window[f](a)", List.of(function, argument));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
        server.stop(0);
    }

    private static byte[] pageBytes() throws IOException {
        try (InputStream in = NegotiationPage.class.getResourceAsStream("negotiation.html")) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("negotiation.html is missing from the test resources"));
            }
            return in.readAllBytes();
        }
    }
}
