package dev.parley.media.sfu.sdp;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The server's answer on the send connection, line by line as the browser will read it (decision 0002 §1). */
class PublishAnswerTest {

    @Test
    void answerIsIceLitePassiveBundledAndKeepsEveryMidInOrder() throws SdpException {
        SdpText answer = SdpText.of(answer(ChromiumOffers.AUDIO_VIDEO));

        assertThat(answer.session()).startsWith("v=0").contains("s=-", "t=0 0", "a=ice-lite", "a=group:BUNDLE 0 1");
        assertThat(answer.media()).hasSize(3);
        for (int i = 0; i < 2; i++) {
            List<String> section = answer.section(i);
            assertThat(SdpText.values(section, "mid")).containsExactly(String.valueOf(i));
            assertThat(section).contains("a=recvonly", "a=rtcp-mux", "a=setup:passive", "a=ice-ufrag:prly4Fq9",
                    "a=ice-pwd:Zt0cW3vW1ePnpm8yMkuYbG5e", "a=fingerprint:sha-256 " + TestTransports.SERVER_FINGERPRINT.value(),
                    "a=candidate:udpcandidate 1 udp 2130706431 127.0.0.1 10000 typ host", "a=end-of-candidates");
            assertThat(section.indexOf("a=end-of-candidates"))
                    .isGreaterThan(section.indexOf("a=candidate:udpcandidate 1 udp 2130706431 127.0.0.1 10000 typ host"));
        }
    }

    @Test
    void audioSectionAnswersOpusWithTheBrowsersPayloadType() throws SdpException {
        List<String> audio = SdpText.of(answer(ChromiumOffers.AUDIO_VIDEO)).section(0);

        assertThat(audio.get(0)).isEqualTo("m=audio 10000 UDP/TLS/RTP/SAVPF 111");
        assertThat(audio).contains("c=IN IP4 127.0.0.1", "a=rtpmap:111 opus/48000/2", "a=fmtp:111 minptime=10;useinbandfec=1",
                "a=rtcp-fb:111 transport-cc", "a=rtcp-rsize");
        assertThat(SdpText.values(audio, "extmap")).containsExactly(
                "1 urn:ietf:params:rtp-hdrext:ssrc-audio-level",
                "2 http://www.webrtc.org/experiments/rtp-hdrext/abs-send-time",
                "3 http://www.ietf.org/id/draft-holmer-rmcat-transport-wide-cc-extensions-01",
                "4 urn:ietf:params:rtp-hdrext:sdes:mid");
        assertThat(SdpText.values(audio, "ssrc")).as("the answerer sends nothing here").isEmpty();
    }

    @Test
    void videoSectionAnswersVp8WithRtxAndItsFeedback() throws SdpException {
        List<String> video = SdpText.of(answer(ChromiumOffers.AUDIO_VIDEO)).section(1);

        assertThat(video.get(0)).isEqualTo("m=video 10000 UDP/TLS/RTP/SAVPF 96 97");
        assertThat(video).contains("a=rtpmap:96 VP8/90000", "a=rtpmap:97 rtx/90000", "a=fmtp:97 apt=96");
        assertThat(SdpText.values(video, "rtcp-fb"))
                .containsExactly("96 goog-remb", "96 transport-cc", "96 ccm fir", "96 nack", "96 nack pli");
        assertThat(SdpText.values(video, "rid")).isEmpty();
        assertThat(SdpText.values(video, "simulcast")).isEmpty();
    }

    @Test
    void reducedSizeRtcpOnlyWhenOffered() throws SdpException {
        String withoutRsize = ChromiumOffers.AUDIO_VIDEO.replace("a=rtcp-rsize\n", "");

        assertThat(SdpText.of(answer(withoutRsize)).section(1)).doesNotContain("a=rtcp-rsize");
    }

    @Test
    void dataChannelIsRejectedWithPortZeroOutsideBundle() throws SdpException {
        List<String> data = SdpText.of(answer(ChromiumOffers.AUDIO_VIDEO)).section(2);

        assertThat(data.get(0)).isEqualTo("m=application 0 UDP/DTLS/SCTP webrtc-datachannel");
        assertThat(data).contains("a=mid:2").doesNotContain("a=rtcp-mux").noneMatch(l -> l.startsWith("a=candidate"));
    }

    @Test
    void simulcastIsMirroredAsRidRecvAndSimulcastRecv() throws SdpException {
        List<String> video = SdpText.of(answer(ChromiumOffers.SIMULCAST)).section(1);

        assertThat(SdpText.values(video, "rid")).containsExactly("q recv", "h recv", "f recv");
        assertThat(SdpText.values(video, "simulcast")).containsExactly("recv q;h;f");
        assertThat(SdpText.values(video, "extmap")).contains(
                "10 urn:ietf:params:rtp-hdrext:sdes:rtp-stream-id", "11 urn:ietf:params:rtp-hdrext:sdes:repaired-rtp-stream-id");
    }

    @Test
    void firefoxAnswerUsesFirefoxNumbers() throws SdpException {
        SdpText answer = SdpText.of(answer(FirefoxOffers.AUDIO_VIDEO));

        assertThat(answer.section(0).get(0)).isEqualTo("m=audio 10000 UDP/TLS/RTP/SAVPF 109");
        assertThat(answer.section(0)).contains("a=rtpmap:109 opus/48000/2", "a=recvonly");
        assertThat(answer.section(1).get(0)).isEqualTo("m=video 10000 UDP/TLS/RTP/SAVPF 120 124");
        assertThat(answer.section(1)).contains("a=fmtp:124 apt=120");
        assertThat(SdpText.values(answer.section(1), "extmap")).extracting(v -> v.split(" ")[0]).containsExactly("3", "4", "7");
    }

    @Test
    void inactiveOfferedSectionIsAnsweredInactiveAndStaysBundled() throws SdpException {
        String removed = ChromiumOffers.AUDIO_VIDEO.replace("a=sendonly", "a=recvonly");

        SdpText answer = SdpText.of(answer(removed));

        assertThat(answer.session()).contains("a=group:BUNDLE 0 1");
        assertThat(answer.section(0)).contains("a=inactive").doesNotContain("a=recvonly");
        assertThat(answer.section(1).get(0)).isEqualTo("m=video 10000 UDP/TLS/RTP/SAVPF 96 97");
    }

    @Test
    void unusableBundleTagStaysBundledAndInactiveSoTheOtherSectionsKeepTheTransport() throws SdpException {
        // Issue 12: mid 0 is the offerer's BUNDLE tag and offers no codec Parley receives. Rejecting it (port 0) and moving
        // the tag to mid 1 made Chromium fail the whole connection ("Failed to setup RTCP mux").
        String noOpus = ChromiumOffers.AUDIO_VIDEO.replace("a=rtpmap:111 opus/48000/2", "a=rtpmap:111 speex/48000/2");
        PublishOffer offer = PublishNegotiation.readOffer(noOpus);

        SdpText answer = SdpText.of(PublishNegotiation.answer(offer, TestTransports.LOCAL));

        assertThat(offer.producers()).extracting(p -> p.mid()).containsExactly("1");
        assertThat(answer.session()).contains("a=group:BUNDLE 0 1");
        assertThat(answer.section(0).get(0)).isEqualTo("m=audio 10000 UDP/TLS/RTP/SAVPF 111");
        assertThat(answer.section(0)).contains("a=mid:0", "a=inactive", "a=rtcp-mux", "a=setup:passive",
                "a=rtpmap:111 speex/48000/2").anyMatch(l -> l.startsWith("a=ice-ufrag:"))
                .anyMatch(l -> l.startsWith("a=fingerprint:sha-256 "));
        assertThat(answer.section(1)).contains("a=recvonly");
    }

    @Test
    void unusableSectionThatIsNotTheTagIsRejectedAndLeavesTheGroup() throws SdpException {
        String plainRtp = ChromiumOffers.AUDIO_VIDEO.replace("m=video 9 UDP/TLS/RTP/SAVPF", "m=video 9 RTP/AVPF");

        SdpText answer = SdpText.of(answer(plainRtp));

        assertThat(answer.section(1).get(0)).isEqualTo("m=video 0 RTP/AVPF 96");
        assertThat(answer.session()).contains("a=group:BUNDLE 0").doesNotContain("a=group:BUNDLE 0 1");
    }

    @Test
    void answerKeepsTheOfferersBundleOrderSoTheTagMatches() throws SdpException {
        String reordered = ChromiumOffers.AUDIO_VIDEO.replace("a=group:BUNDLE 0 1 2", "a=group:BUNDLE 1 0 2");

        assertThat(SdpText.of(answer(reordered)).session()).contains("a=group:BUNDLE 1 0");
    }

    @Test
    void bundleOnlySectionWithPortZeroIsAccepted() throws SdpException {
        // RFC 8843 §6: an offerer may mark non-tagged sections port 0 + bundle-only; they are live, not stopped.
        String bundleOnly = ChromiumOffers.AUDIO_VIDEO.replace("m=video 9 ", "m=video 0 ")
                .replace("a=mid:1\n", "a=mid:1\na=bundle-only\n");

        PublishOffer offer = PublishNegotiation.readOffer(bundleOnly);

        assertThat(offer.producers()).extracting(p -> p.mid()).containsExactly("0", "1");
        assertThat(SdpText.of(PublishNegotiation.answer(offer, TestTransports.LOCAL)).section(1).get(0))
                .isEqualTo("m=video 10000 UDP/TLS/RTP/SAVPF 96 97");
    }

    @Test
    void answerOfAnAnswerReadsBackToTheSameProducers() throws SdpException {
        // The answer is a rendering of the PublishOffer: turned around (recvonly→sendonly, passive→actpass, same ssrc-less
        // sections), it must read back to the same codecs and extensions.
        PublishOffer offer = PublishNegotiation.readOffer(ChromiumOffers.SIMULCAST);
        String mirrored = PublishNegotiation.answer(offer, TestTransports.LOCAL)
                .replace("a=recvonly", "a=sendonly").replace("a=setup:passive", "a=setup:actpass")
                .replace(" recv", " send").replace("a=simulcast:recv", "a=simulcast:send").replace("a=ice-lite\r\n", "");

        PublishOffer again = PublishNegotiation.readOffer(mirrored);

        assertThat(again.producers()).extracting(p -> p.codec()).isEqualTo(offer.producers().stream().map(p -> p.codec()).toList());
        assertThat(again.producers()).extracting(p -> p.extensions())
                .isEqualTo(offer.producers().stream().map(p -> p.extensions()).toList());
        assertThat(again.producers()).extracting(p -> p.encodings().size()).containsExactly(1, 3);
        assertThat(again.transport().ice()).isEqualTo(TestTransports.SERVER_ICE);
    }

    private static String answer(String offer) throws SdpException {
        return PublishNegotiation.answer(PublishNegotiation.readOffer(offer), TestTransports.LOCAL);
    }
}
