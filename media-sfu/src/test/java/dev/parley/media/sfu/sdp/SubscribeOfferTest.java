package dev.parley.media.sfu.sdp;

import dev.parley.media.sfu.rtp.ConsumerParameters;
import dev.parley.media.sfu.rtp.MediaKind;
import dev.parley.media.sfu.rtp.SfuCapabilities;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The server's offer on a participant's recv connection (decision 0002 §1): one sendonly m-section per Consumer. */
class SubscribeOfferTest {

    static ConsumerParameters consumer(String mid, MediaKind kind, long ssrc, String participant, String producer) {
        return new ConsumerParameters(mid, kind, SfuCapabilities.sendCodec(kind), SfuCapabilities.sendExtensions(kind),
                ssrc, kind == MediaKind.VIDEO ? ssrc + 1 : 0, "cname-" + participant, participant, producer);
    }

    static final List<SubscribeSection> TWO_PARTICIPANTS = List.of(
            SubscribeSection.active(consumer("0", MediaKind.AUDIO, 1001, "alice", "alice-mic")),
            SubscribeSection.active(consumer("1", MediaKind.AUDIO, 2001, "bob", "bob-mic")),
            SubscribeSection.active(consumer("2", MediaKind.VIDEO, 1010, "alice", "alice-cam")),
            SubscribeSection.inactive("3", MediaKind.VIDEO));

    @Test
    void sessionIsIceLiteWithBundleOfTheActiveMids() {
        SdpText offer = SdpText.of(SubscribeNegotiation.offer(TestTransports.LOCAL, 4242, 7, TWO_PARTICIPANTS));

        assertThat(offer.session()).startsWith("v=0", "o=- 4242 7 IN IP4 127.0.0.1", "s=-", "t=0 0")
                .contains("a=ice-lite", "a=group:BUNDLE 0 1 2", "a=msid-semantic: WMS *");
        assertThat(offer.media()).hasSize(4);
    }

    @Test
    void activeAudioSectionSendsOpusWithTheConsumersSsrcAndMsid() {
        List<String> audio = SdpText.of(SubscribeNegotiation.offer(TestTransports.LOCAL, 1, 1, TWO_PARTICIPANTS)).section(1);

        assertThat(audio.get(0)).isEqualTo("m=audio 10000 UDP/TLS/RTP/SAVPF 111");
        assertThat(audio).contains("a=mid:1", "a=sendonly", "a=rtcp-mux", "a=rtcp-rsize", "a=setup:actpass", "a=ice-ufrag:prly4Fq9",
                "a=rtpmap:111 opus/48000/2", "a=fmtp:111 minptime=10;useinbandfec=1", "a=rtcp-fb:111 transport-cc",
                "a=extmap:1 urn:ietf:params:rtp-hdrext:ssrc-audio-level",
                "a=extmap:3 http://www.ietf.org/id/draft-holmer-rmcat-transport-wide-cc-extensions-01",
                "a=msid:bob bob-mic", "a=ssrc:2001 cname:cname-bob", "a=ssrc:2001 msid:bob bob-mic",
                "a=candidate:udpcandidate 1 udp 2130706431 127.0.0.1 10000 typ host", "a=end-of-candidates");
        assertThat(SdpText.values(audio, "ssrc-group")).isEmpty();
    }

    @Test
    void activeVideoSectionSendsVp8WithRtxAndFidGroup() {
        List<String> video = SdpText.of(SubscribeNegotiation.offer(TestTransports.LOCAL, 1, 1, TWO_PARTICIPANTS)).section(2);

        assertThat(video.get(0)).isEqualTo("m=video 10000 UDP/TLS/RTP/SAVPF 96 97");
        assertThat(video).contains("a=rtpmap:96 VP8/90000", "a=rtpmap:97 rtx/90000", "a=fmtp:97 apt=96",
                "a=rtcp-fb:96 nack pli", "a=rtcp-fb:96 ccm fir",
                "a=extmap:2 http://www.webrtc.org/experiments/rtp-hdrext/abs-send-time",
                "a=ssrc-group:FID 1010 1011", "a=ssrc:1010 cname:cname-alice", "a=ssrc:1011 cname:cname-alice",
                "a=ssrc:1011 msid:alice alice-cam", "a=msid:alice alice-cam");
        assertThat(video.indexOf("a=ssrc-group:FID 1010 1011")).isLessThan(video.indexOf("a=ssrc:1010 cname:cname-alice"));
    }

    @Test
    void closedSectionIsRejectedWithPortZeroAndKeepsItsKind() {
        List<String> closed = SdpText.of(SubscribeNegotiation.offer(TestTransports.LOCAL, 1, 1, TWO_PARTICIPANTS)).section(3);

        assertThat(closed.get(0)).isEqualTo("m=video 0 UDP/TLS/RTP/SAVPF 96");
        assertThat(closed).contains("a=mid:3", "a=inactive").noneMatch(l -> l.startsWith("a=ssrc"))
                .noneMatch(l -> l.startsWith("a=candidate"));
    }

    @Test
    void everySectionClosedStillLeavesTheFirstOneBundled() {
        // BUNDLE's tagged section must not be rejected (RFC 8843 §7.3.3), or the browser tears the transport down.
        SdpText offer = SdpText.of(SubscribeNegotiation.offer(TestTransports.LOCAL, 1, 2, List.of(
                SubscribeSection.inactive("0", MediaKind.AUDIO), SubscribeSection.inactive("1", MediaKind.VIDEO))));

        assertThat(offer.session()).contains("a=group:BUNDLE 0");
        assertThat(offer.section(0).get(0)).isEqualTo("m=audio 10000 UDP/TLS/RTP/SAVPF 111");
        assertThat(offer.section(0)).contains("a=inactive", "a=rtcp-mux", "a=setup:actpass", "a=end-of-candidates")
                .noneMatch(l -> l.startsWith("a=ssrc"));
        assertThat(offer.section(1).get(0)).isEqualTo("m=video 0 UDP/TLS/RTP/SAVPF 96");
    }

    @Test
    void programmingErrorsAreRefusedAtOnce() {
        assertThatThrownBy(() -> SubscribeNegotiation.offer(TestTransports.LOCAL, 1, 1, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SubscribeNegotiation.offer(TestTransports.LOCAL, 1, 1, List.of(
                SubscribeSection.inactive("0", MediaKind.AUDIO), SubscribeSection.inactive("0", MediaKind.VIDEO))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mid");
        assertThatThrownBy(() -> SubscribeNegotiation.offer(TestTransports.LOCAL, 1, 1, List.of(
                SubscribeSection.active(consumer("0", MediaKind.AUDIO, 1, "has space", "p")))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("msid");
    }
}
