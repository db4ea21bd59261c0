package dev.parley.media.wire.sdp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A real offer captured from Debian's Chromium 156 (headless, fake devices): {@code addTransceiver} of a microphone track and of a
 * camera track with {@code sendEncodings} q/h/f, direction sendonly. The host's candidates (loopback, TEST-NET addresses) were
 * only gathered, never contacted.
 */
class CapturedChromiumOfferTest {
    static String load() throws IOException {
        try (InputStream in = CapturedChromiumOfferTest.class.getResourceAsStream("/sdp/chromium-156-simulcast-offer.sdp")) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
    }

    @Test
    void parsesAndRoundTripsByteForByte() throws Exception {
        String text = load();
        SessionDescription offer = SessionDescription.parse(text);

        assertThat(offer.toString()).isEqualTo(text);
        assertThat(offer.bundleMids()).containsExactly("0", "1");
        MediaDescription audio = offer.media().get(0);
        MediaDescription video = offer.media().get(1);
        assertThat(audio.direction()).isEqualTo(Direction.SENDONLY);
        assertThat(audio.codecs().get(0).name()).isEqualTo("opus");
        assertThat(audio.candidates()).hasSize(8);
        assertThat(audio.candidates()).extracting(Candidate::address).contains("127.0.0.1", "::1");
        assertThat(video.ssrcs()).isEmpty();
        assertThat(video.simulcast().rids(StreamDirection.SEND)).containsExactly("q", "h", "f");
        assertThat(video.rids()).extracting(Rid::id).containsExactly("q", "h", "f");
        assertThat(video.codecs()).hasSize(23);
        assertThat(video.codecs().get(0).feedback()).containsExactly("goog-remb", "transport-cc", "ccm fir", "nack", "nack pli");
        assertThat(video.extmaps()).hasSize(13);
        assertThat(video.extmaps()).anyMatch(e -> e.id() == 10 && e.uri().endsWith("sdes:rtp-stream-id"));
        assertThat(offer.fingerprintFor(video).bytes()).hasSize(32);
    }
}
