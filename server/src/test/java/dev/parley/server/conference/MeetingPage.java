package dev.parley.server.conference;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One person on the meeting page /c/<id>, driven as a person would (buttons by their names), plus getStats for checks. */
final class MeetingPage {
    /** One inbound-rtp report of the recv connection, attributed to the participant whose track it carries. */
    record Inbound(String participantId, String kind, long framesDecoded, long packetsReceived) {
    }

    private static final String INBOUND_STATS = """
            async () => {
              const session = window.parley && window.parley.conference;
              if (!session || !session.recvPc) return [];
              const out = [];
              (await session.recvPc.getStats()).forEach((r) => {
                if (r.type !== 'inbound-rtp') return;
                const track = session.tracks[r.mid];
                if (!track) return;
                out.push({ participant: track.participant_id, kind: r.kind,
                           frames: r.framesDecoded || 0, packets: r.packetsReceived || 0 });
              });
              return out;
            }""";

    /** Both peer connections' states, for failure messages. */
    private static final String CONNECTION_STATES = """
            () => {
              const s = window.parley && window.parley.conference;
              const describe = (pc) => pc ? `${pc.connectionState}/ice=${pc.iceConnectionState}/${pc.signalingState}` : 'none';
              return s ? `send=${describe(s.sendPc)} recv=${describe(s.recvPc)} senders=${s.senders.size}` : 'no session';
            }""";

    final Page page;
    final String name;

    private MeetingPage(Page page, String name) {
        this.page = page;
        this.name = name;
    }

    /** Registers and signs in through the API (the refresh cookie lands in the page's context), then opens the meeting. */
    static MeetingPage open(Page page, String username, String conferenceId) {
        String password = "correct horse battery staple";
        Map<String, String> account = Map.of("username", username, "email", username + "@example.org", "password", password);
        int registered = postRetryingWhenBusy(page, "/users/register", account);
        if (registered != 201) {
            throw new IllegalStateException("register answered " + registered);
        }
        int login = postRetryingWhenBusy(page, "/users/login", Map.of("username", username, "password", password));
        if (login != 200) {
            throw new IllegalStateException("login answered " + login);
        }
        // The page's console goes to the test output (surefire-reports/*-output.txt): the first place to look when media fails.
        page.onConsoleMessage(message -> System.out.println("[" + username + " console." + message.type() + "] " + message.text()));
        page.onPageError(error -> System.out.println("[" + username + " page error] " + error));
        page.navigate("/c/" + conferenceId);
        return new MeetingPage(page, username);
    }

    /**
     * A POST that a person would simply send again when the server answers 503 "busy": password hashing refuses work it
     * cannot start within its timeout, which happens when many test JVMs share two cores.
     */
    private static int postRetryingWhenBusy(Page page, String path, Map<String, String> body) {
        int status = 503;
        for (int attempt = 0; attempt < 4 && status == 503; attempt++) {
            status = page.request().post(path, RequestOptions.create().setData(body)).status();
        }
        return status;
    }

    /** Presses "Join now" in the green room and waits until both media connections are up. */
    MeetingPage join() {
        button("Join now").click();
        expectConnected();
        return this;
    }

    void expectConnected() {
        try {
            assertThat(page.locator(".conf-state")).hasAttribute("data-state", "connected",
                    new com.microsoft.playwright.assertions.LocatorAssertions.HasAttributeOptions().setTimeout(20_000));
        } catch (AssertionError e) {
            throw new AssertionError(name + " is not connected; the page says: " + page.locator(".conf-state").textContent()
                    + "; connections: " + page.evaluate(CONNECTION_STATES), e);
        }
    }

    String participantId() {
        return (String) page.evaluate("() => window.parley.conference.participantId");
    }

    /** The server's producer id of this person's own microphone or camera. */
    String producerId(String kind) {
        return (String) page.evaluate("(kind) => window.parley.conference.senders.get(kind).producerId", kind);
    }

    List<Inbound> inbound() {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) page.evaluate(INBOUND_STATS);
        List<Inbound> result = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            result.add(new Inbound((String) row.get("participant"), (String) row.get("kind"),
                    ((Number) row.get("frames")).longValue(), ((Number) row.get("packets")).longValue()));
        }
        return result;
    }

    /** The remote tile of a participant on this page. */
    Locator tile(String participantId) {
        return page.locator(".conf-grid .conf-tile[data-participant-id='" + participantId + "']");
    }

    Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    void leave() {
        button("Leave call").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("You left the call"))).isVisible();
    }

    void rejoin() {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Rejoin")).click();
        join();
    }
}
