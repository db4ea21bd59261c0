package dev.parley.media.wire.sdp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SessionDescriptionTest {
    @Test
    void readsChromiumSimulcastOffer() throws SdpParseException {
        SessionDescription offer = SessionDescription.parse(BrowserOffers.crlf(BrowserOffers.CHROMIUM));

        assertThat(offer.bundleMids()).containsExactly("0", "1");
        assertThat(offer.iceLite()).isFalse();
        assertThat(offer.hasAttribute("extmap-allow-mixed")).isTrue();
        assertThat(offer.media()).extracting(MediaDescription::kind).containsExactly("audio", "video");

        MediaDescription audio = offer.mediaByMid("0");
        assertThat(audio.direction()).isEqualTo(Direction.SENDONLY);
        assertThat(audio.rtcpMux()).isTrue();
        assertThat(audio.iceUfrag()).isEqualTo("Zmxa");
        assertThat(audio.icePwd()).isEqualTo("8wbYqj2p0Cc7rC5yOEqjbBLf");
        assertThat(audio.iceOptions()).containsExactly("trickle");
        assertThat(audio.setup()).isEqualTo("actpass");
        assertThat(audio.fingerprint().algorithm()).isEqualTo("sha-256");
        assertThat(audio.fingerprint().bytes()).hasSize(32).startsWith((byte) 0x41, (byte) 0xE9);
        Codec opus = audio.codecs().get(0);
        assertThat(opus).isEqualTo(new Codec(111, "opus", 48000, 2, Map.of("minptime", "10", "useinbandfec", "1"),
            List.of("transport-cc")));
        assertThat(opus.mimeType(audio.kind())).isEqualTo("audio/opus");
        assertThat(audio.codecs()).extracting(Codec::name)
            .containsExactly("opus", "red", "G722", "PCMU", "PCMA", "CN", "telephone-event", "telephone-event");
        assertThat(audio.codecs().get(1).parameters()).containsEntry("111/111", "");
        assertThat(audio.extmaps()).extracting(Extmap::id).containsExactly(1, 2, 3, 4);
        assertThat(audio.ssrcs()).contains(new SsrcAttribute(1001, "cname", "Xk3hJ0pMzq8CvYtA"));
        assertThat(audio.msid()).isEqualTo(new Msid("stream0", "audio0"));
        assertThat(audio.candidates()).hasSize(2);
        Candidate udp = audio.candidates().get(0);
        assertThat(udp.transport()).isEqualTo("udp");
        assertThat(udp.priority()).isEqualTo(2122260223L);
        assertThat(udp.address()).isEqualTo("127.0.0.1");
        assertThat(udp.port()).isEqualTo(52150);
        assertThat(udp.type()).isEqualTo("host");
        assertThat(udp.extensions()).containsEntry("network-id", "1");
        assertThat(audio.candidates().get(1).extensions()).containsEntry("tcptype", "active");

        MediaDescription video = offer.media().get(1);
        assertThat(video.extmaps()).extracting(Extmap::id).containsExactlyInAnyOrder(2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14);
        assertThat(video.ssrcs()).isEmpty();
        assertThat(video.rids()).containsExactly(
            new Rid("q", StreamDirection.SEND), new Rid("h", StreamDirection.SEND), new Rid("f", StreamDirection.SEND));
        assertThat(video.simulcast().rids(StreamDirection.SEND)).containsExactly("q", "h", "f");
        Codec vp8 = video.codecs().get(0);
        assertThat(vp8.name()).isEqualTo("VP8");
        assertThat(vp8.clockRate()).isEqualTo(90000);
        assertThat(vp8.channels()).isEqualTo(1);
        assertThat(vp8.feedback()).containsExactly("goog-remb", "transport-cc", "ccm fir", "nack", "nack pli");
        assertThat(video.codecs().get(1).apt()).isEqualTo(96);
        assertThat(vp8.apt()).isEqualTo(-1);
        assertThat(video.codecs()).extracting(Codec::name).contains("VP9", "AV1", "H264", "red", "ulpfec", "rtx");
    }

    @Test
    void readsFirefoxOfferWithSessionLevelFingerprint() throws SdpParseException {
        SessionDescription offer = SessionDescription.parse(BrowserOffers.FIREFOX);
        MediaDescription video = offer.media().get(1);

        assertThat(video.fingerprint()).isNull();
        assertThat(offer.fingerprintFor(video).value()).startsWith("0B:9E");
        assertThat(offer.iceUfragFor(video)).isEqualTo("7e0b9b2b");
        assertThat(offer.setupFor(video)).isEqualTo("actpass");
        assertThat(offer.iceOptions()).containsExactly("trickle");
        assertThat(offer.media().get(0).extmaps().get(1)).isEqualTo(
            new Extmap(2, Direction.RECVONLY, "urn:ietf:params:rtp-hdrext:csrc-audio-level", null));
        assertThat(offer.media().get(0).codecs().get(1).channels()).isEqualTo(1);
        assertThat(video.ssrcGroups()).containsExactly(new SsrcGroup("FID", List.of(1127461930L, 3498765432L)));
        assertThat(video.codecs().get(0).feedback()).contains("nack pli", "transport-cc");
        assertThat(video.codecs().get(0).parameters()).containsEntry("max-fs", "12288");
        assertThat(video.endOfCandidates()).isTrue();
        assertThat(video.candidates().get(0).transport()).isEqualTo("UDP");
    }

    @Test
    void roundTripsLineForLine() throws SdpParseException {
        for (String lf : List.of(BrowserOffers.CHROMIUM, BrowserOffers.FIREFOX)) {
            String crlf = BrowserOffers.crlf(lf);
            SessionDescription parsed = SessionDescription.parse(crlf);
            assertThat(parsed.toString()).isEqualTo(crlf);
            assertThat(SessionDescription.parse(parsed.toString())).isEqualTo(parsed);
        }
    }

    @Test
    void buildsAnIceLiteAnswer() throws SdpParseException {
        SessionDescription offer = SessionDescription.parse(BrowserOffers.CHROMIUM);
        MediaDescription offered = offer.media().get(1);
        DtlsFingerprint fingerprint = DtlsFingerprint.ofDigest("SHA-256", new byte[] {1, 2, (byte) 0xAB});
        MediaDescription video = MediaDescription.builder("video", offered.protocol())
            .mid(offered.mid()).direction(offered.direction().reverse())
            .iceCredentials("srvU", "serverpasswordserverpass").fingerprint(fingerprint).setup("passive").rtcpMux().rtcpRsize()
            .extmap(new Extmap(4, "urn:ietf:params:rtp-hdrext:sdes:mid"))
            .codec(offered.codecs().get(0)).codec(offered.codecs().get(1))
            .rid(new Rid("q", StreamDirection.RECV)).simulcast(offered.simulcast().reverse())
            .candidate(Candidate.host("1", "udp", "127.0.0.1", 10000, 2130706431L)).endOfCandidates()
            .build();
        String text = SessionDescription.builder().origin(42, 1).iceLite()
            .group(new Group(Group.BUNDLE, List.of("1"))).media(video).build().toString();

        assertThat(text).startsWith("v=0\r\no=- 42 1 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\na=ice-lite\r\na=group:BUNDLE 1\r\n")
            .contains("m=video 9 UDP/TLS/RTP/SAVPF 96 97\r\nc=IN IP4 0.0.0.0\r\na=mid:1\r\na=recvonly\r\n")
            .contains("a=fingerprint:sha-256 01:02:AB\r\n", "a=simulcast:recv q;h;f\r\n", "a=rid:q recv\r\n",
                "a=candidate:1 1 udp 2130706431 127.0.0.1 10000 typ host\r\n", "a=fmtp:97 apt=96\r\n", "a=rtcp-fb:96 nack pli\r\n");
        SessionDescription answer = SessionDescription.parse(text);
        assertThat(answer.iceLite()).isTrue();
        assertThat(answer.media().get(0).codecs()).containsExactly(offered.codecs().get(0), offered.codecs().get(1));
        assertThat(answer.media().get(0).direction()).isEqualTo(Direction.RECVONLY);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "x=0                                       | 1 | starts with v=0",
        "v=0\\no=- 1 1 IN IP4 0.0.0.0\\nbogus      | 3 | <letter>=<value>",
        "v=0\\nA=x                                 | 2 | <letter>=<value>",
        "v=0\\nm=audio                             | 2 | m= needs",
        "v=0\\nm=audio x UDP/TLS/RTP/SAVPF 111     | 2 | bad port",
        "v=0\\nm=audio 9 P 111\\na=rtpmap:111 opus | 3 | malformed a=rtpmap",
        "v=0\\nm=audio 9 P 1\\na=extmap:0 urn:x    | 3 | malformed a=extmap",
        "v=0\\na=fingerprint:sha-256 XYZ           | 2 | malformed a=fingerprint",
        "v=0\\nm=video 9 P 96\\na=rid:f sideways   | 3 | malformed a=rid",
        "v=0\\nm=video 9 P 96\\na=simulcast:send   | 3 | malformed a=simulcast",
        "v=0\\nm=video 9 P 96\\na=ssrc:abc cname:x | 3 | malformed a=ssrc",
        "v=0\\nm=video 9 P 96\\na=candidate:1 1 udp x 1.2.3.4 9 typ host | 3 | malformed a=candidate",
        "v=0\\na=mid:\\u0001                      | 2 | control character",
    })
    void refusesMalformedLinesWithTheirNumber(String sdp, int line, String message) {
        String text = sdp.replace("\\n", "\n").replace("\\u0001", "\u0001");
        assertThatThrownBy(() -> SessionDescription.parse(text))
            .isInstanceOf(SdpParseException.class)
            .hasMessageContaining(message)
            .satisfies(e -> assertThat(((SdpParseException) e).lineNumber()).isEqualTo(line));
    }

    @Test
    void enforcesSizeLimits() {
        assertThatThrownBy(() -> SessionDescription.parse("v=0\n" + "a=x\n".repeat(4001)))
            .hasMessageContaining("lines");
        assertThatThrownBy(() -> SessionDescription.parse("v=0\na=" + "x".repeat(70_000)))
            .hasMessageContaining("characters");
        assertThatThrownBy(() -> SessionDescription.parse("v=0\n" + "m=audio 9 P 0\n".repeat(65)))
            .hasMessageContaining("64 media sections");
        assertThatThrownBy(() -> SessionDescription.parse(null)).isInstanceOf(SdpParseException.class);
        assertThatThrownBy(() -> SessionDescription.parse("")).isInstanceOf(SdpParseException.class);
    }

    @Test
    void typedAttributesRoundTrip() {
        String rid = "f send pt=96,97;max-width=1280;max-height=720";
        assertThat(Rid.parse(rid).sdpValue()).isEqualTo(rid);
        assertThat(Rid.parse(rid).payloadTypes()).containsExactly(96, 97);
        assertThat(Rid.parse(rid).restrictions()).containsEntry("max-width", "1280");
        String simulcast = "send q;~h,h2;f recv r";
        Simulcast parsed = Simulcast.parse(simulcast);
        assertThat(parsed.sdpValue()).isEqualTo(simulcast);
        assertThat(parsed.send().get(1)).containsExactly(new Simulcast.Stream("h", true), new Simulcast.Stream("h2", false));
        assertThat(parsed.rids(StreamDirection.RECV)).containsExactly("r");
        String candidate = "842163049 1 udp 1677729535 203.0.113.7 61665 typ srflx raddr 10.0.0.5 rport 61665 generation 0";
        Candidate c = Candidate.parse("a=candidate:" + candidate);
        assertThat(c.sdpValue()).isEqualTo(candidate);
        assertThat(c.relatedAddress()).isEqualTo("10.0.0.5");
        assertThat(c.relatedPort()).isEqualTo(61665);
        assertThat(Extmap.parse("2/sendonly urn:x attr1 attr2").sdpValue()).isEqualTo("2/sendonly urn:x attr1 attr2");
        assertThat(SsrcAttribute.parse("5 msid:stream track")).isEqualTo(new SsrcAttribute(5, "msid", "stream track"));
        assertThat(Msid.parse("- track")).isEqualTo(new Msid("-", "track"));
        assertThat(Direction.SENDONLY.reverse()).isEqualTo(Direction.RECVONLY);
        assertThat(Direction.INACTIVE.reverse()).isEqualTo(Direction.INACTIVE);
    }
}
