package dev.parley.media.sfu.sdp;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

/** SDP comes from the network: whatever arrives, readOffer/readAnswer throw SdpException or nothing, and answers stay writable. */
class HostileSdpTest {

    @Test
    void hugeOfferIsRefusedBeforeParsing() {
        String huge = ChromiumOffers.AUDIO_VIDEO + "a=x-padding:" + "A".repeat(70 * 1024) + "\n";

        assertThatThrownBy(() -> PublishNegotiation.readOffer(huge)).isInstanceOf(SdpException.class);
    }

    @Test
    void thousandsOfMediaSectionsAreRefused() {
        StringBuilder sdp = new StringBuilder("v=0\no=- 1 1 IN IP4 0.0.0.0\ns=-\nt=0 0\n");
        for (int i = 0; i < 3000; i++) {
            sdp.append("m=audio 9 UDP/TLS/RTP/SAVPF 111\na=mid:").append(i).append('\n');
        }

        assertThatThrownBy(() -> PublishNegotiation.readOffer(sdp.toString())).isInstanceOf(SdpException.class);
        assertThatThrownBy(() -> SubscribeNegotiation.readAnswer(sdp.toString(), List.of("0")))
                .isInstanceOf(SdpException.class);
    }

    @Test
    void nullAndEmptyAreRefused() {
        assertThatThrownBy(() -> PublishNegotiation.readOffer(null)).isInstanceOf(SdpException.class);
        assertThatThrownBy(() -> PublishNegotiation.readOffer("")).isInstanceOf(SdpException.class);
        assertThatThrownBy(() -> SubscribeNegotiation.readAnswer("\r\n\r\n", List.of("0"))).isInstanceOf(SdpException.class);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            a=rtpmap:96 VP8/90000           | a=rtpmap:99999999999999999999 VP8/90000
            a=rtpmap:96 VP8/90000           | a=rtpmap:96 VP8/ninety
            a=rtpmap:96 VP8/90000           | a=rtpmap:96 VP8/-90000
            a=rtpmap:111 opus/48000/2       | a=rtpmap:111 opus/48000/x
            a=rtpmap:96 VP8/90000           | a=rtpmap:96
            a=fmtp:97 apt=96                | a=fmtp:97 apt=ninety-six
            a=fmtp:97 apt=96                | a=fmtp:97 apt=97
            a=fmtp:97 apt=96                | a=fmtp:97 apt
            a=extmap:4 urn                  | a=extmap:0 urn
            a=extmap:4 urn                  | a=extmap:4444444444444 urn
            a=extmap:10 urn                 | a=extmap:4 urn
            a=ssrc:3289769272 cname         | a=ssrc:-3289769272 cname
            a=ssrc:3289769272 cname         | a=ssrc:42949672950 cname
            a=ssrc-group:FID 3289769272 603889642 | a=ssrc-group:FID
            a=ssrc-group:FID 3289769272 603889642 | a=ssrc-group:FID x y z
            m=video 9 UDP                   | m=video ninety UDP
            m=video 9 UDP                   | m=video -1 UDP
            m=audio 9 UDP/TLS/RTP/SAVPF 111 | m=audio 9 UDP/TLS/RTP/SAVPF
            m=audio 9 UDP/TLS/RTP/SAVPF 111 | m=audio
            a=mid:0                         | a=mid:
            a=msid:d0812e77                 | a=msid:
            a=group:BUNDLE 0 1 2            | a=group:BUNDLE
            a=sendonly                      | a=sendonly:sendonly
            o=- 7354497100872364783         | o=
            a=rid:q send                    | a=rid:
            a=rid:h send                    | a=rid:q send
            a=simulcast:send q;h;f          | a=simulcast:send ;;;~
            a=simulcast:send q;h;f          | a=simulcast:recv q;h;f
            a=simulcast:send q;h;f          | a=simulcast:send x;y
            a=simulcast:send q;h;f          | a=simulcast
            a=fingerprint:sha-256           | a=fingerprint:md5
            """)
    void badNumbersAndTruncatedLinesNeverThrowAnythingElse(String find, String replace) {
        String source = find.contains("rid") || find.contains("simulcast") || find.startsWith("o=")
                ? ChromiumOffers.SIMULCAST : ChromiumOffers.AUDIO_VIDEO;
        String offer = source.replace(find, replace);
        assertThat(offer).as("the edit must hit the offer").isNotEqualTo(source);

        readAndAnswer(offer);
    }

    @Test
    void randomlyDamagedOffersNeverThrowAnythingElse() {
        Random random = new Random(20261125L);
        String[] sources = {ChromiumOffers.AUDIO_VIDEO, ChromiumOffers.SIMULCAST, FirefoxOffers.AUDIO_VIDEO,
                FirefoxOffers.SIMULCAST};
        int refused = 0;
        for (int round = 0; round < 1500; round++) {
            String damaged = damage(sources[round % sources.length], random);
            if (!readAndAnswer(damaged)) {
                refused++;
            }
            readAnswerQuietly(damaged);
        }
        // Both outcomes must occur, or the damage is too weak (or too strong) to test anything.
        assertThat(refused).isBetween(50, 1450);
    }

    /** Reads the offer and, if accepted, writes an answer; returns whether it was accepted. */
    private static boolean readAndAnswer(String offer) {
        PublishOffer read;
        try {
            read = PublishNegotiation.readOffer(offer);
        } catch (SdpException expected) {
            assertThat(expected.getMessage()).isNotBlank();
            return false;
        } catch (RuntimeException e) {
            throw new AssertionError("readOffer threw " + e + " for:\n" + offer, e);
        }
        try {
            assertThat(PublishNegotiation.answer(read, TestTransports.LOCAL)).startsWith("v=0\r\n");
        } catch (RuntimeException e) {
            throw new AssertionError("answer threw " + e + " for:\n" + offer, e);
        }
        return true;
    }

    private static void readAnswerQuietly(String sdp) {
        try {
            SubscribeNegotiation.readAnswer(sdp, List.of("0", "1"));
        } catch (SdpException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        } catch (RuntimeException e) {
            fail("readAnswer threw " + e + " for:\n" + sdp, e);
        }
    }

    /** One to three edits: drop, duplicate or swap a line, cut a line short, or put a random character or number in it. */
    private static String damage(String sdp, Random random) {
        List<String> lines = new ArrayList<>(Arrays.asList(sdp.split("\n")));
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits; e++) {
            int i = random.nextInt(lines.size());
            String line = lines.get(i);
            switch (random.nextInt(6)) {
                case 0 -> lines.remove(i);
                case 1 -> lines.add(i, line);
                case 2 -> lines.set(i, line.substring(0, random.nextInt(line.length() + 1)));
                case 3 -> {
                    int at = random.nextInt(line.length() + 1);
                    lines.set(i, line.substring(0, at) + (char) random.nextInt(0x3000) + line.substring(at));
                }
                case 4 -> lines.set(i, line.replaceAll("\\d+", String.valueOf(random.nextLong())));
                default -> {
                    int j = random.nextInt(lines.size());
                    lines.set(i, lines.get(j));
                    lines.set(j, line);
                }
            }
            if (lines.isEmpty()) {
                lines.add("");
            }
        }
        return String.join("\n", lines);
    }
}
