package dev.parley.media.sfu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.sun.net.httpserver.HttpServer;
import dev.parley.media.sfu.Consumer;
import dev.parley.media.sfu.MediaConfig;
import dev.parley.media.sfu.MediaServer;
import dev.parley.media.sfu.Producer;
import dev.parley.media.sfu.Router;
import dev.parley.media.sfu.RouterListener;
import dev.parley.media.sfu.WebRtcTransport;
import dev.parley.media.sfu.rtp.ProducerParameters;
import dev.parley.media.sfu.sdp.PublishNegotiation;
import dev.parley.media.sfu.sdp.PublishOffer;
import dev.parley.media.sfu.sdp.SubscribeNegotiation;
import dev.parley.media.sfu.sdp.SubscribeSection;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Real Chromium (Debian's, headless, fake camera and microphone) publishes through the SFU and receives its own tracks back on a
 * second peer connection: proves ICE-lite, DTLS, SRTP, SSRC learning, rewriting, keyframe requests and transport-cc feedback
 * with an unmodified browser. Flags as measured in TESTING.md; media stays on loopback (allowed ICE sources = loopback).
 */
class ChromiumSfuTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    private HttpServer http;
    private Playwright playwright;
    private Browser browser;
    private MediaServer server;

    @AfterEach
    void tearDown() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        if (http != null) {
            http.stop(0);
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void chromiumReceivesItsOwnCameraAndMicrophoneThroughTheSfu() throws Exception {
        roundTrip(false);
    }

    @Test
    void chromiumReceivesItsOwnSimulcastCameraThroughTheSfu() throws Exception {
        Producer camera = roundTrip(true);
        assertThat(camera.parameters().encodings()).extracting(e -> e.rid()).containsExactly("q", "h", "f");
    }

    /** Publishes camera + microphone (optionally with three simulcast layers), receives both back; returns the camera. */
    @SuppressWarnings("unchecked")
    private Producer roundTrip(boolean simulcast) throws Exception {
        assertThat(Files.isExecutable(CHROMIUM)).as("Debian's chromium is installed (apt-get install -y chromium)").isTrue();
        server = MediaServer.start(MediaConfig.loopback());
        Router router = server.createRouter("chromium", RouterListener.NONE);
        Page page = openPage();

        // 1. send connection: the browser offers, the server answers; one Producer per m-section
        WebRtcTransport send = router.createWebRtcTransport("send");
        PublishOffer offer = PublishNegotiation.readOffer((String) page.evaluate("s => publish(s)", simulcast));
        send.connect(offer.transport());
        page.evaluate("sdp => publishAnswer(sdp)", PublishNegotiation.answer(offer, send.localParameters()));
        List<Producer> producers = new ArrayList<>();
        for (ProducerParameters p : offer.producers()) {
            producers.add(router.produce(send, "p" + p.mid(), p).join());
        }
        assertThat(producers).hasSize(2);

        // 2. recv connection: the server offers one m-section per Consumer, the browser answers
        WebRtcTransport recv = router.createWebRtcTransport("recv");
        List<SubscribeSection> sections = new ArrayList<>();
        List<String> mids = new ArrayList<>();
        List<Consumer> consumers = new ArrayList<>();
        for (int i = 0; i < producers.size(); i++) {
            Consumer c = router.consume(recv, "c" + i, producers.get(i), Integer.toString(i), "chromium-1").join();
            consumers.add(c);
            sections.add(SubscribeSection.active(c.parameters()));
            mids.add(c.parameters().mid());
        }
        String answer = (String) page.evaluate("sdp => subscribe(sdp)",
                SubscribeNegotiation.offer(recv.localParameters(), 42, 1, sections));
        recv.connect(SubscribeNegotiation.readAnswer(answer, mids));

        // 3. the receiving connection decodes video frames and receives audio packets (usually within 3 s; the deadline is
        //    generous because a shared 2-core machine under load starves Chromium's encoders)
        Map<String, Object> received = Map.of();
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < deadline) {
            received = (Map<String, Object>) page.evaluate("received()");
            if (count(received, "video", "framesDecoded") > 20 && count(received, "audio", "packetsReceived") > 50) {
                break;
            }
            Thread.sleep(250);
        }
        Map<String, Object> sent = (Map<String, Object>) page.evaluate("sent()");
        System.out.printf("chromium received=%s sent=%s%nrouter=%s%n", received, sent, router.stats());

        assertThat(count(received, "video", "framesDecoded")).as("video frames decoded: %s", received).isGreaterThan(20);
        assertThat(count(received, "audio", "packetsReceived")).as("audio packets: %s", received).isGreaterThan(50);
        return producers.get(1);
    }

    private static long count(Map<String, Object> stats, String kind, String field) {
        Object perKind = stats.get(kind);
        return perKind instanceof Map<?, ?> m && m.get(field) instanceof Number n ? n.longValue() : 0;
    }

    private Page openPage() throws Exception {
        byte[] html;
        try (InputStream in = ChromiumSfuTest.class.getResourceAsStream("sfu-media.html")) {
            html = in.readAllBytes();
        }
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        http.createContext("/", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, html.length);
            exchange.getResponseBody().write(html);
            exchange.close();
        });
        http.start();
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true)
                .setArgs(List.of("--headless=new", "--no-sandbox", "--use-fake-ui-for-media-stream",
                        "--use-fake-device-for-media-stream", "--allow-loopback-in-peer-connection", "--disable-gpu",
                        "--disable-quic", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync")));
        Page page = browser.newPage();
        page.setDefaultTimeout(15_000);
        page.navigate("http://127.0.0.1:" + http.getAddress().getPort() + "/");
        return page;
    }
}
