package dev.parley.server.bot;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;
import dev.parley.loadtest.bot.Bot;
import dev.parley.loadtest.bot.BotSettings;
import dev.parley.loadtest.bot.RemoteVideo;
import dev.parley.loadtest.bot.VideoFormat;
import dev.parley.server.ParleyServerTest;
import dev.parley.server.TestUsers;
import dev.parley.server.browser.BrowserFixture;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The libwebrtc bot and an unmodified Chromium in one conference: Chromium decodes the bot's camera (framesDecoded of the
 * inbound-rtp whose m-section carries the bot's track keeps increasing) and the bot decodes Chromium's fake camera.
 */
@ParleyServerTest
class BotWithBrowserTest {
    private static final Duration MEDIA_WITHIN = Duration.ofSeconds(10);

    /** framesDecoded of the browser's inbound video from one participant (0 until a frame is decoded). */
    private static final String FRAMES_FROM = """
            async (participantId) => {
              const session = window.parley && window.parley.conference;
              if (!session || !session.recvPc) return 0;
              let frames = 0;
              (await session.recvPc.getStats()).forEach((r) => {
                const track = session.tracks[r.mid];
                if (r.type === 'inbound-rtp' && r.kind === 'video' && track && track.participant_id === participantId) {
                  frames += r.framesDecoded || 0;
                }
              });
              return frames;
            }""";

    @RegisterExtension
    static final BrowserFixture browser = new BrowserFixture();

    @Test
    void chromiumAndTheBotDecodeEachOthersCamera() throws Exception {
        String conferenceId = "bot-browser-" + TestUsers.uniqueName("c").replace('_', '-').toLowerCase();
        Page page = browser.newUserPage();
        joinInChromium(page, TestUsers.uniqueName("chromium"), conferenceId);

        BotSettings settings = BotSettings.of(URI.create(browser.baseUrl()), TestUsers.uniqueName("bot"), conferenceId)
                .withVideo(new VideoFormat(320, 180, 15));
        try (Bot bot = Bot.join(HttpClient.newHttpClient(), settings, 3)) {
            await().atMost(MEDIA_WITHIN).until(() -> framesInChromium(page, bot.participantId()) > 0);
            long first = framesInChromium(page, bot.participantId());
            await().atMost(MEDIA_WITHIN).until(() -> framesInChromium(page, bot.participantId()) > first + 5);

            // Read Chromium's participant id each time: on a loaded machine the page may have rejoined (new id).
            await().atMost(MEDIA_WITHIN).until(() -> framesInBot(bot, chromiumParticipantId(page)) > 5);
            browser.screenshot(page, "bot-tile");
            org.assertj.core.api.Assertions.assertThat(bot.failures()).isEmpty();
        }
    }

    /** Registers and signs in through the page's API context (its refresh cookie), opens /c/<id> and joins. */
    private static void joinInChromium(Page page, String username, String conferenceId) {
        String password = "correct horse battery staple";
        // Password hashing (Argon2id) takes seconds on a loaded 2-core machine: more than the fixture's 15 s default at times.
        page.request().post("/users/register", RequestOptions.create().setTimeout(60_000)
                .setData(Map.of("username", username, "email", username + "@example.org", "password", password)));
        page.request().post("/users/login", RequestOptions.create().setTimeout(60_000)
                .setData(Map.of("username", username, "password", password)));
        page.navigate("/c/" + conferenceId);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Join now").setExact(true)).click();
        assertThat(page.locator(".conf-state")).hasAttribute("data-state", "connected",
                new LocatorAssertions.HasAttributeOptions().setTimeout(20_000));
    }

    private static String chromiumParticipantId(Page page) {
        return (String) page.evaluate("() => window.parley.conference.participantId");
    }

    private static long framesInChromium(Page page, String participantId) {
        return ((Number) page.evaluate(FRAMES_FROM, participantId)).longValue();
    }

    private static long framesInBot(Bot bot, String participantId) {
        RemoteVideo.Snapshot video = bot.remoteVideos().get(participantId);
        return video == null ? 0 : video.frames();
    }
}
