package dev.parley.server.conference;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dev.parley.server.ParleyServerTest;
import dev.parley.server.browser.BrowserFixture;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * VP9 and H.264 through the SFU, proven in Chromium: publishers restricted with {@code RTCRtpTransceiver.setCodecPreferences}
 * (as an application would), subscribers that decode their frames and whose getStats names the codec, and a subscriber whose
 * browser cannot decode H.264 (its getCapabilities without it) told so on the tile instead of a silent black one.
 */
@ParleyServerTest
class CodecBrowserTest {
    private static final Duration DECODING_WITHIN = Duration.ofSeconds(15);

    @RegisterExtension
    static final BrowserFixture browser = new BrowserFixture();

    /** Restricts every camera transceiver the page creates to one video codec (and its RTX), before the first offer. */
    private static String onlyCodec(String mimeType) {
        return """
                (() => {
                  const add = RTCPeerConnection.prototype.addTransceiver;
                  RTCPeerConnection.prototype.addTransceiver = function (trackOrKind, init) {
                    const transceiver = add.call(this, trackOrKind, init);
                    const kind = typeof trackOrKind === 'string' ? trackOrKind : trackOrKind.kind;
                    if (kind === 'video' && init && init.direction === 'sendonly') {
                      transceiver.setCodecPreferences(RTCRtpReceiver.getCapabilities('video').codecs
                          .filter((c) => c.mimeType === '%s' || c.mimeType === 'video/rtx'));
                    }
                    return transceiver;
                  };
                })();""".formatted(mimeType);
    }

    /** A browser without an H.264 decoder, as Firefox is without its OpenH264 download. */
    private static final String NO_H264_DECODER = """
            (() => {
              const get = RTCRtpReceiver.getCapabilities;
              RTCRtpReceiver.getCapabilities = (kind) => {
                const caps = get.call(RTCRtpReceiver, kind);
                return caps && { ...caps, codecs: caps.codecs.filter((c) => c.mimeType !== 'video/H264') };
              };
            })();""";

    /** participantId → [framesDecoded, codec mime type] of the video this page receives from them. */
    private static final String VIDEO_IN = """
            async () => {
              const session = window.parley && window.parley.conference;
              if (!session || !session.recvPc) return {};
              const stats = await session.recvPc.getStats();
              const out = {};
              stats.forEach((r) => {
                const track = session.tracks[r.mid];
                if (r.type !== 'inbound-rtp' || r.kind !== 'video' || !track || !(r.framesDecoded > 0)) return;
                const codec = r.codecId && stats.get(r.codecId);
                out[track.participant_id] = [r.framesDecoded, codec ? codec.mimeType : ''];
              });
              return out;
            }""";

    @Test
    void h264AndVp9PublishersAreDecodedAndASubscriberWithoutH264IsToldSo() throws InterruptedException {
        browser.requireFakeCamera();
        String conferenceId = "codecs-" + Integer.toHexString(ThreadLocalRandom.current().nextInt());
        String suffix = Integer.toHexString(ThreadLocalRandom.current().nextInt(1 << 20));
        MeetingPage ada = MeetingPage.open(withScript(browser.newUserPage(), onlyCodec("video/H264")), "ada_" + suffix,
                conferenceId).join();
        // cyd sends VP9 and, like Firefox without its OpenH264 download, has no H.264 decoder.
        MeetingPage cyd = MeetingPage.open(withScript(withScript(browser.newUserPage(), NO_H264_DECODER),
                onlyCodec("video/VP9")), "cyd_" + suffix, conferenceId).join();
        MeetingPage bob = MeetingPage.open(patient(browser.newUserPage()), "bob_" + suffix, conferenceId).join();

        expectDecoding(bob, Map.of(ada, "video/H264", cyd, "video/VP9"));
        expectDecoding(ada, Map.of(cyd, "video/VP9", bob, "video/VP8"));
        expectDecoding(cyd, Map.of(bob, "video/VP8"));
        assertThat(cyd.tile(ada.participantId())).hasAttribute("data-video", "unsupported");
        assertThat(cyd.tile(ada.participantId()).getByRole(com.microsoft.playwright.options.AriaRole.STATUS))
                .hasText("This person's video can't be shown on your device.");
        assertThat(cyd.tile(bob.participantId())).not().hasAttribute("data-video", "unsupported");
        for (int width : List.of(1280, 768, 360)) {
            cyd.page.setViewportSize(width, width == 360 ? 780 : 800);
            browser.screenshot(cyd.page, "unsupported-" + width);
        }

        // The H.264 camera goes away (camera off is a pause, not an unpublish: leave instead): the note goes with the tile.
        String adaId = ada.participantId();
        ada.leave();
        assertThat(cyd.tile(adaId)).hasCount(0);
    }

    private static Page withScript(Page page, String script) {
        page.addInitScript(script);
        return patient(page);
    }

    /**
     * Signing up hashes a password (Argon2id): on a 2-core machine shared with other builds that alone can pass the
     * fixture's 15 s, so this page's requests and waits get a minute.
     */
    static Page patient(Page page) {
        page.context().setDefaultTimeout(60_000);
        return page;
    }

    /** Waits until {@code page} decodes growing video from each publisher in {@code expected} in the expected codec. */
    private static void expectDecoding(MeetingPage page, Map<MeetingPage, String> expected) throws InterruptedException {
        Map<String, Long> first = new HashMap<>();
        Map<String, String> missing = new HashMap<>();
        long deadline = System.nanoTime() + DECODING_WITHIN.toNanos();
        do {
            @SuppressWarnings("unchecked")
            Map<String, List<Object>> now = (Map<String, List<Object>>) page.page.evaluate(VIDEO_IN);
            missing.clear();
            for (Map.Entry<MeetingPage, String> e : expected.entrySet()) {
                String id = e.getKey().participantId();
                List<Object> in = now.get(id);
                long frames = in == null ? 0 : ((Number) in.get(0)).longValue();
                String codec = in == null ? "none" : (String) in.get(1);
                first.putIfAbsent(id, frames > 0 ? frames : Long.MAX_VALUE);
                if (frames <= first.get(id) || !e.getValue().equals(codec)) {
                    missing.put(page.name + "<-" + e.getKey().name, frames + " frames of " + codec);
                    if (frames == 0) {
                        first.remove(id);
                    }
                }
            }
            if (!missing.isEmpty()) {
                Thread.sleep(300);
            }
        } while (!missing.isEmpty() && System.nanoTime() < deadline);
        assertThat(missing).as("video not decoded in the expected codec after %s", DECODING_WITHIN).isEmpty();
    }
}
