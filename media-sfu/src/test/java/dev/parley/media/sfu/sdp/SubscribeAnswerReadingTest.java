package dev.parley.media.sfu.sdp;

import dev.parley.media.sfu.rtp.RemoteTransportParameters;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** readAnswer on the browser's answer to a recv-connection offer. */
class SubscribeAnswerReadingTest {

    /** Chromium 156's answer to {@link SubscribeOfferTest#TWO_PARTICIPANTS} (section 3 rejected, so port 0 and no mid checks). */
    static final String CHROMIUM_ANSWER = """
            v=0
            o=- 5316400918738261190 2 IN IP4 127.0.0.1
            s=-
            t=0 0
            a=group:BUNDLE 0 1 2
            a=msid-semantic: WMS
            m=audio 9 UDP/TLS/RTP/SAVPF 111
            c=IN IP4 0.0.0.0
            a=rtcp:9 IN IP4 0.0.0.0
            a=ice-ufrag:Wq3z
            a=ice-pwd:6bCW1GkHXOxh3iXwq2k5pA6E
            a=ice-options:trickle
            a=fingerprint:sha-256 A1:B2:C3:D4:E5:F6:07:18:29:3A:4B:5C:6D:7E:8F:90:A1:B2:C3:D4:E5:F6:07:18:29:3A:4B:5C:6D:7E:8F:90
            a=setup:active
            a=mid:0
            a=extmap:1 urn:ietf:params:rtp-hdrext:ssrc-audio-level
            a=extmap:3 http://www.ietf.org/id/draft-holmer-rmcat-transport-wide-cc-extensions-01
            a=recvonly
            a=rtcp-mux
            a=rtpmap:111 opus/48000/2
            a=rtcp-fb:111 transport-cc
            a=fmtp:111 minptime=10;useinbandfec=1
            m=audio 9 UDP/TLS/RTP/SAVPF 111
            c=IN IP4 0.0.0.0
            a=rtcp:9 IN IP4 0.0.0.0
            a=ice-ufrag:Wq3z
            a=ice-pwd:6bCW1GkHXOxh3iXwq2k5pA6E
            a=ice-options:trickle
            a=fingerprint:sha-256 A1:B2:C3:D4:E5:F6:07:18:29:3A:4B:5C:6D:7E:8F:90:A1:B2:C3:D4:E5:F6:07:18:29:3A:4B:5C:6D:7E:8F:90
            a=setup:active
            a=mid:1
            a=recvonly
            a=rtcp-mux
            a=rtpmap:111 opus/48000/2
            m=video 9 UDP/TLS/RTP/SAVPF 96 97
            c=IN IP4 0.0.0.0
            a=rtcp:9 IN IP4 0.0.0.0
            a=ice-ufrag:Wq3z
            a=ice-pwd:6bCW1GkHXOxh3iXwq2k5pA6E
            a=ice-options:trickle
            a=fingerprint:sha-256 A1:B2:C3:D4:E5:F6:07:18:29:3A:4B:5C:6D:7E:8F:90:A1:B2:C3:D4:E5:F6:07:18:29:3A:4B:5C:6D:7E:8F:90
            a=setup:active
            a=mid:2
            a=recvonly
            a=rtcp-mux
            a=rtpmap:96 VP8/90000
            a=rtpmap:97 rtx/90000
            a=fmtp:97 apt=96
            m=video 0 UDP/TLS/RTP/SAVPF 96
            c=IN IP4 0.0.0.0
            a=inactive
            a=mid:3
            a=rtpmap:96 VP8/90000
            """;

    static final List<String> MIDS = List.of("0", "1", "2", "3");

    /** Firefox's shape: fingerprint at session level, credentials per section, the rejected section without mid checks. */
    static final String FIREFOX_ANSWER = """
            v=0
            o=mozilla...THIS_IS_SDPARTA-128.0 3081517425424545826 0 IN IP4 0.0.0.0
            s=-
            t=0 0
            a=fingerprint:sha-256 1C:55:6E:93:0F:4D:2B:71:C9:A8:E0:36:5F:12:B4:7D:88:A3:C1:90:4E:2F:DD:6B:07:F8:39:A5:C2:1E:64:B0
            a=group:BUNDLE 0 1
            a=ice-options:trickle
            a=msid-semantic:WMS *
            m=audio 9 UDP/TLS/RTP/SAVPF 111
            c=IN IP4 0.0.0.0
            a=recvonly
            a=extmap:1 urn:ietf:params:rtp-hdrext:ssrc-audio-level
            a=fmtp:111 maxplaybackrate=48000;stereo=1;useinbandfec=1
            a=ice-pwd:5e2b0c8c8f7a4e1c9b3d6a0f2e4c8b1d
            a=ice-ufrag:9c1e0b7a
            a=mid:0
            a=rtcp-mux
            a=rtpmap:111 opus/48000/2
            a=setup:active
            a=ssrc:2790423011 cname:{3f1b2c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d}
            m=video 9 UDP/TLS/RTP/SAVPF 96 97
            c=IN IP4 0.0.0.0
            a=recvonly
            a=fmtp:97 apt=96
            a=ice-pwd:5e2b0c8c8f7a4e1c9b3d6a0f2e4c8b1d
            a=ice-ufrag:9c1e0b7a
            a=mid:1
            a=rtcp-fb:96 nack
            a=rtcp-fb:96 nack pli
            a=rtcp-mux
            a=rtpmap:96 VP8/90000
            a=rtpmap:97 rtx/90000
            a=setup:active
            m=video 0 UDP/TLS/RTP/SAVPF 96
            c=IN IP4 0.0.0.0
            a=inactive
            a=rtpmap:96 VP8/90000
            """;

    @Test
    void readsIceCredentialsAndFingerprint() throws SdpException {
        RemoteTransportParameters remote = SubscribeNegotiation.readAnswer(TestTransports.crlf(CHROMIUM_ANSWER), MIDS);

        assertThat(remote.ice().ufrag()).isEqualTo("Wq3z");
        assertThat(remote.ice().pwd()).isEqualTo("6bCW1GkHXOxh3iXwq2k5pA6E");
        assertThat(remote.fingerprint().algorithm()).isEqualTo("sha-256");
        assertThat(remote.fingerprint().value()).startsWith("A1:B2:C3");
    }

    @Test
    void readsFirefoxAnswerWithSessionLevelFingerprint() throws SdpException {
        RemoteTransportParameters remote = SubscribeNegotiation.readAnswer(FIREFOX_ANSWER, List.of("0", "1", "2"));

        assertThat(remote.ice().ufrag()).isEqualTo("9c1e0b7a");
        assertThat(remote.fingerprint().value()).startsWith("1C:55:6E");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            answer keeps the DTLS server role | a=setup:active      | a=setup:passive   | setup
            answer says actpass               | a=setup:active      | a=setup:actpass   | setup
            mid changed                       | a=mid:1             | a=mid:7           | mid
            no fingerprint                    | a=fingerprint       | a=x-fingerprint   | fingerprint
            no ice-pwd                        | a=ice-pwd           | a=x-ice-pwd       | ice-pwd
            """)
    void unusableAnswerIsRefused(String name, String find, String replace, String expected) {
        String answer = CHROMIUM_ANSWER.replace(find, replace);
        assertThat(answer).isNotEqualTo(CHROMIUM_ANSWER);

        assertThatThrownBy(() -> SubscribeNegotiation.readAnswer(answer, MIDS))
                .isInstanceOf(SdpException.class).hasMessageContaining(expected);
    }

    @Test
    void answerWithFewerSectionsThanOfferedIsRefused() {
        assertThatThrownBy(() -> SubscribeNegotiation.readAnswer(CHROMIUM_ANSWER, List.of("0", "1", "2", "3", "4")))
                .isInstanceOf(SdpException.class).hasMessageContaining("5");
    }

    @Test
    void offerAndAnswerRoundTrip() throws SdpException {
        // The browser's answer is the offer turned around: same mids, recvonly, active. Shaped by hand from our own offer.
        String offer = SubscribeNegotiation.offer(TestTransports.LOCAL, 1, 1, SubscribeOfferTest.TWO_PARTICIPANTS);
        String answer = offer.replace("a=ice-lite\r\n", "").replace("a=sendonly", "a=recvonly")
                .replace("a=setup:actpass", "a=setup:active").replace("prly4Fq9", "brws");

        RemoteTransportParameters remote = SubscribeNegotiation.readAnswer(answer, MIDS);

        assertThat(remote.ice().ufrag()).isEqualTo("brws");
        assertThat(remote.fingerprint()).isEqualTo(TestTransports.SERVER_FINGERPRINT);
    }
}
