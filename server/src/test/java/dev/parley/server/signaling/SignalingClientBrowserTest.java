package dev.parley.server.signaling;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.parley.server.ParleyServerTest;
import dev.parley.server.browser.BrowserFixture;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Unit tests of the browser's {@code protocol/signaling.js} and {@code ui/conference/layout.js}, run in Chromium as the page
 * loads them (plain ES modules, no build step). The WebSocket and the timers are fakes injected through the constructor, so
 * reconnect backoff is driven step by step instead of waited for.
 */
@ParleyServerTest
class SignalingClientBrowserTest {
    @RegisterExtension
    static final BrowserFixture browser = new BrowserFixture();

    /** A fake WebSocket (records sent frames, lets the test deliver frames and closes) and fake timers. */
    private static final String FAKES = """
            window.fakes = (() => {
              const sockets = [];
              class FakeSocket {
                constructor(url) { this.url = url; this.readyState = 0; this.sent = []; sockets.push(this); }
                send(text) { this.sent.push(JSON.parse(text)); }
                close(code = 1000, reason = '') { this.readyState = 3; this.onclose?.({ code, reason }); }
                open() { this.readyState = 1; this.onopen?.(); }
                deliver(message) { this.onmessage?.({ data: JSON.stringify(message) }); }
              }
              const timers = [];
              const fakeTimers = {
                setTimeout(fn, ms) { timers.push({ fn, ms }); return timers.length; },
                clearTimeout(id) { if (timers[id - 1]) timers[id - 1].fn = null; },
                setInterval() { return 0; },
                clearInterval() {},
              };
              const runTimers = (atLeastMs) => {
                const due = timers.filter((t) => t.fn && t.ms >= atLeastMs);
                due.forEach((t) => { const fn = t.fn; t.fn = null; fn(); });
                return due.map((t) => t.ms);
              };
              const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
              return { sockets, FakeSocket, fakeTimers, runTimers, tick };
            })();
            """;

    private Page page;

    @BeforeEach
    void openPage() {
        page = browser.newUserPage();
        page.navigate("/");
        page.evaluate(FAKES);
    }

    @Test
    void saysHelloFirstAndCorrelatesRepliesById() {
        Object result = page.evaluate("""
                async () => {
                  const { SignalingClient, SignalingError } = await import('/protocol/signaling.js');
                  const { sockets, FakeSocket, fakeTimers, tick } = window.fakes;
                  const client = new SignalingClient({ url: 'ws://x/ws', getToken: async () => 'tok',
                                                       WebSocket: FakeSocket, timers: fakeTimers });
                  const connected = client.connect();
                  await tick();
                  const socket = sockets[0];
                  socket.open();
                  const hello = socket.sent[0];
                  socket.deliver({ type: 'welcome', id: hello.id, user: { id: 1, name: 'ada' } });
                  const welcome = await connected;

                  const first = client.request('join', { conference_id: 'abc' });
                  const second = client.request('ping');
                  const [join, ping] = socket.sent.slice(1);
                  socket.deliver({ type: 'pong', id: ping.id });
                  socket.deliver({ type: 'error', id: join.id, code: 'conference_full', message: 'full' });
                  const pong = await second;
                  const refused = await first.catch((e) => e);

                  const events = [];
                  client.on('participant_joined', (m) => events.push(m.participant.name));
                  socket.deliver({ type: 'participant_joined', participant: { id: 'p1', name: 'bob' } });
                  return { hello, welcomeName: welcome.user.name, joinSent: join, pongType: pong.type,
                           refusedIsError: refused instanceof SignalingError, refusedCode: refused.code, events,
                           state: client.state };
                }""");

        @SuppressWarnings("unchecked")
        Map<String, Object> r = (Map<String, Object>) result;
        assertThat((Map<String, Object>) r.get("hello")).containsEntry("type", "hello").containsEntry("token", "tok");
        assertThat(r.get("welcomeName")).isEqualTo("ada");
        assertThat((Map<String, Object>) r.get("joinSent")).containsEntry("type", "join").containsEntry("conference_id", "abc");
        assertThat(r.get("pongType")).isEqualTo("pong");
        assertThat(r.get("refusedIsError")).isEqualTo(true);
        assertThat(r.get("refusedCode")).isEqualTo("conference_full");
        assertThat((List<Object>) r.get("events")).containsExactly("bob");
        assertThat(r.get("state")).isEqualTo("open");
    }

    @Test
    void reconnectsWithGrowingBackoffAndSaysHelloAgain() {
        Object result = page.evaluate("""
                async () => {
                  const { SignalingClient } = await import('/protocol/signaling.js');
                  const { sockets, FakeSocket, fakeTimers, runTimers, tick } = window.fakes;
                  let tokens = 0;
                  const client = new SignalingClient({ url: 'ws://x/ws', getToken: async () => 'tok' + (++tokens),
                                                       WebSocket: FakeSocket, timers: fakeTimers });
                  const seen = [];
                  client.on('reconnecting', (m) => seen.push('reconnecting ' + m.attempt));
                  client.on('reconnected', () => seen.push('reconnected'));
                  const welcome = (socket) => socket.deliver({ type: 'welcome', id: socket.sent[0].id, user: {} });

                  client.connect();
                  await tick();
                  sockets[0].open();
                  welcome(sockets[0]);
                  await tick();
                  const pending = client.request('ping').catch((e) => e.code);

                  sockets[0].close(1006, 'network');              // the network drops: retry 1
                  const lost = await pending;
                  const delays = runTimers(100);                   // backoff timer fires (the 15 s request timers are gone)
                  await tick();
                  sockets[1].close(1006, 'still down');            // retry 1 fails before opening: retry 2, longer
                  const delays2 = runTimers(100);
                  await tick();
                  sockets[2].open();
                  welcome(sockets[2]);
                  await tick();
                  return { seen, lost, delays, delays2, socketCount: sockets.length,
                           helloToken: sockets[2].sent[0].token, state: client.state };
                }""");

        @SuppressWarnings("unchecked")
        Map<String, Object> r = (Map<String, Object>) result;
        assertThat((List<Object>) r.get("seen")).containsExactly("reconnecting 1", "reconnecting 2", "reconnected");
        assertThat(r.get("lost")).isEqualTo("closed");
        double first = firstDelay(r.get("delays"));
        double second = firstDelay(r.get("delays2"));
        assertThat(first).isBetween(400.0, 600.0);   // 500 ms ± 20 %
        assertThat(second).isBetween(800.0, 1200.0); // doubled
        assertThat(r.get("socketCount")).isEqualTo(3);
        assertThat(r.get("helloToken")).as("a fresh token for every hello").isEqualTo("tok3");
        assertThat(r.get("state")).isEqualTo("open");
    }

    @Test
    void aRefusedFirstHelloIsFinalNoReconnectLoop() {
        Object result = page.evaluate("""
                async () => {
                  const { SignalingClient } = await import('/protocol/signaling.js');
                  const { sockets, FakeSocket, fakeTimers, runTimers, tick } = window.fakes;
                  const client = new SignalingClient({ url: 'ws://x/ws', getToken: async () => 'expired',
                                                       WebSocket: FakeSocket, timers: fakeTimers });
                  const closed = [];
                  client.on('closed', (m) => closed.push(m.code));
                  const connecting = client.connect().catch((e) => e.code);
                  await tick();
                  sockets[0].open();
                  sockets[0].deliver({ type: 'error', id: sockets[0].sent[0].id, code: 'invalid_token', message: 'expired' });
                  sockets[0].close(1008, 'invalid_token');
                  const code = await connecting;
                  runTimers(0);
                  await tick();
                  return { code, closed, sockets: sockets.length, state: client.state };
                }""");

        @SuppressWarnings("unchecked")
        Map<String, Object> r = (Map<String, Object>) result;
        assertThat(r.get("code")).isEqualTo("invalid_token");
        assertThat((List<Object>) r.get("closed")).containsExactly(1008);
        assertThat(r.get("sockets")).isEqualTo(1);
        assertThat(r.get("state")).isEqualTo("closed");
    }

    @Test
    void theGridPicksTheColumnCountWithTheLargestSixteenByNineTiles() {
        Object result = page.evaluate("""
                async () => {
                  const { bestGrid } = await import('/ui/conference/layout.js');
                  return [1, 2, 3, 4, 9].map((n) => bestGrid(1248, 670, n, 8))
                    .concat([bestGrid(366, 690, 2, 8), bestGrid(0, 0, 3, 8)]);
                }""");

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> grids = (List<Map<String, Object>>) result;
        assertThat(grids).extracting(g -> ((Number) g.get("columns")).intValue())
                .containsExactly(1, 2, 2, 2, 3, 1, 1);
        // One tile on a laptop stage is limited by the height: 670 px × 16/9.
        assertThat(((Number) grids.get(0).get("tileWidth")).intValue()).isEqualTo(1191);
        assertThat(((Number) grids.get(6).get("tileWidth")).intValue()).isZero();
    }

    private static double firstDelay(Object delays) {
        return ((Number) ((List<?>) delays).get(0)).doubleValue();
    }
}
