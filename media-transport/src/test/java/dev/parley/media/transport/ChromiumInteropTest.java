package dev.parley.media.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.sun.net.httpserver.HttpServer;
import dev.parley.media.transport.ice.IceParameters;
import dev.parley.media.wire.sdp.DtlsFingerprint;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The whole transport against a real, unmodified Chromium (Debian's /usr/bin/chromium driven by Playwright): the page
 * offers a microphone track, we answer as ICE-lite / DTLS passive with one 127.0.0.1 host candidate, and Opus must flow.
 */
class ChromiumInteropTest {

    /** The page: a peer connection with the fake microphone; the test drives it through these two functions. */
    static final String PAGE = """
            <!doctype html><meta charset="utf-8"><title>parley transport interop</title>
            <script>
            window.pc = new RTCPeerConnection();
            window.makeOffer = async () => {
              const stream = await navigator.mediaDevices.getUserMedia({audio: true});
              stream.getTracks().forEach(t => pc.addTrack(t, stream));
              await pc.setLocalDescription(await pc.createOffer());
              return pc.localDescription.sdp;
            };
            window.takeAnswer = async (sdp) => { await pc.setRemoteDescription({type: 'answer', sdp}); };
            </script>
            """;

    static final List<String> CHROMIUM_FLAGS = List.of(
            "--headless=new", "--no-sandbox",
            "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
            "--allow-loopback-in-peer-connection",
            "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync");

    HttpServer http;
    UdpEndpoint endpoint;
    Playwright playwright;
    Browser browser;

    @BeforeEach
    void start() throws Exception {
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        http.createContext("/", exchange -> {
            byte[] body = PAGE.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        http.start();
        // KEEP MEDIA ON LOOPBACK (TESTING.md): checks from the host's other addresses are dropped, not answered.
        endpoint = UdpEndpoint.open(TestPeer.loopbackConfig());
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of("/usr/bin/chromium"))
                .setHeadless(true)
                .setArgs(CHROMIUM_FLAGS));
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        if (endpoint != null) {
            endpoint.close();
        }
        if (http != null) {
            http.stop(0);
        }
    }

    @Test
    @Timeout(90)
    void chromiumConnectsAndSendsOpus() throws Exception {
        Page page = browser.newPage();
        page.navigate("http://127.0.0.1:" + http.getAddress().getPort() + "/");
        String offer = (String) page.evaluate("makeOffer()");

        AtomicInteger opusPackets = new AtomicInteger();
        RecordingListener events = new RecordingListener() {
            @Override
            public void onRtp(byte[] buf, int off, int len) {
                if ((buf[off + 1] & 0x7F) == 111) {
                    opusPackets.incrementAndGet();
                }
            }
        };
        UdpPeer session = endpoint.createPeer(IceParameters.random(),
                new IceParameters(sdpValue(offer, "ice-ufrag"), sdpValue(offer, "ice-pwd")),
                DtlsFingerprint.parse(sdpValue(offer, "fingerprint")), events);

        long answeredAt = System.nanoTime();
        page.evaluate("sdp => takeAnswer(sdp)", answer(offer, session));
        events.connected.get(10, TimeUnit.SECONDS);
        long connectedMillis = (System.nanoTime() - answeredAt) / 1_000_000;
        await().atMost(Duration.ofSeconds(5)).until(() -> "connected".equals(page.evaluate("pc.connectionState")));
        long mediaStart = System.nanoTime();
        await().atMost(Duration.ofSeconds(5)).until(() -> opusPackets.get() > 50);
        System.out.printf("chromium: answer->connected %d ms, profile %s, 50 Opus packets after %d ms, stats %s%n",
                connectedMillis, session.srtpProfile(), (System.nanoTime() - mediaStart) / 1_000_000, endpoint.stats());

        assertThat(page.evaluate("pc.iceConnectionState")).isIn("connected", "completed");
        assertThat(session.remoteAddress().getAddress().isLoopbackAddress()).isTrue();
        assertThat(session.stats().dropped(DropReason.SRTP_AUTH_FAILED)).isZero();

        // libwebrtc sends its first audio Sender Report within a few seconds: SRTCP from Chromium unprotects too.
        await().atMost(Duration.ofSeconds(8)).until(() -> !events.rtcp.isEmpty());
        assertThat(events.rtcp.get(0)[1] & 0xFF).isEqualTo(200); // SR first in the compound packet (RFC 3550 §6.1)

        // Closing the peer connection sends close_notify: the session ends by itself, no timeout needed.
        page.evaluate("pc.close()");
        assertThat(events.closed.get(5, TimeUnit.SECONDS)).isEqualTo(CloseReason.DTLS_CLOSED);
        assertThat(endpoint.peerCount()).isZero();
    }

    /** The minimal ICE-lite answer: one audio m-section, BUNDLE, rtcp-mux, Opus 111, one loopback host candidate. */
    private String answer(String offer, UdpPeer session) {
        String mid = sdpValue(offer, "mid");
        int port = endpoint.localAddress().getPort();
        return String.join("\r\n",
                "v=0",
                "o=- 1 2 IN IP4 127.0.0.1",
                "s=-",
                "t=0 0",
                "a=group:BUNDLE " + mid,
                "a=ice-lite",
                "m=audio 9 UDP/TLS/RTP/SAVPF 111",
                "c=IN IP4 0.0.0.0",
                "a=ice-ufrag:" + session.localIce().ufrag(),
                "a=ice-pwd:" + session.localIce().pwd(),
                "a=fingerprint:" + session.localFingerprint().sdpValue(),
                "a=setup:passive",
                "a=mid:" + mid,
                "a=recvonly",
                "a=rtcp-mux",
                "a=rtpmap:111 opus/48000/2",
                "a=fmtp:111 minptime=10;useinbandfec=1",
                "a=candidate:1 1 udp 2130706431 127.0.0.1 " + port + " typ host",
                "a=end-of-candidates",
                "");
    }

    private static String sdpValue(String sdp, String attribute) {
        Matcher m = Pattern.compile("(?m)^a=" + attribute + ":(.+?)\\r?$").matcher(sdp);
        if (!m.find()) {
            throw new AssertionError("offer has no a=" + attribute + ":\n" + sdp);
        }
        return m.group(1).trim();
    }
}
