package dev.parley.media.sfu.sdp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.media.sfu.rtp.ConsumerParameters;
import dev.parley.media.sfu.rtp.MediaKind;
import dev.parley.media.sfu.rtp.ProducerParameters;
import dev.parley.media.sfu.rtp.RtpCodec;
import dev.parley.media.sfu.rtp.SfuCapabilities;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Which video codec the send answer accepts and what the recv offer then names, for offers restricted the way
 * {@code RTCRtpTransceiver.setCodecPreferences} restricts Chromium 156's (the m-line keeps only the preferred formats).
 */
class CodecNegotiationTest {
    /** Chromium's camera offer with the video m-line's formats replaced (the rtpmap lines of the others stay, unused). */
    static String videoFormats(String offer, String formats) {
        return offer.replaceAll("m=video 9 UDP/TLS/RTP/SAVPF [0-9 ]+", "m=video 9 UDP/TLS/RTP/SAVPF " + formats);
    }

    private static ProducerParameters video(String offer) throws SdpException {
        return PublishNegotiation.readOffer(offer).sections().get(1).parameters();
    }

    private static List<String> answeredVideo(String offer) throws SdpException {
        return SdpText.of(PublishNegotiation.answer(PublishNegotiation.readOffer(offer), TestTransports.LOCAL)).section(1);
    }

    @Test
    void chromiumsDefaultOfferStaysOnVp8() throws SdpException {
        assertThat(video(ChromiumOffers.AUDIO_VIDEO).codec().mimeType()).isEqualTo("video/VP8");
    }

    @Test
    void anH264OnlyOfferIsAnsweredWithConstrainedBaselineAndPacketizationMode1() throws SdpException {
        // Chromium lists Baseline (102) before Constrained Baseline (108), and mode 0 variants between them.
        String h264 = videoFormats(ChromiumOffers.AUDIO_VIDEO, "102 103 104 107 108 109 114 115 116 117 39 40");

        RtpCodec codec = video(h264).codec();

        assertThat(codec.mimeType()).isEqualTo("video/H264");
        assertThat(codec.payloadType()).isEqualTo(108);
        assertThat(codec.rtxPayloadType()).isEqualTo(109);
        assertThat(codec.parameters()).containsEntry("packetization-mode", "1").containsEntry("profile-level-id", "42e01f");
        List<String> answer = answeredVideo(h264);
        assertThat(answer.get(0)).isEqualTo("m=video 10000 UDP/TLS/RTP/SAVPF 108 109");
        assertThat(answer).contains("a=rtpmap:108 H264/90000",
                "a=fmtp:108 level-asymmetry-allowed=1;packetization-mode=1;profile-level-id=42e01f", "a=fmtp:109 apt=108",
                "a=rtcp-fb:108 nack pli");
    }

    @Test
    void withoutConstrainedBaselineTheFirstOfferedH264ProfileIsTaken() throws SdpException {
        RtpCodec codec = video(videoFormats(ChromiumOffers.AUDIO_VIDEO, "116 117 102 103")).codec();

        assertThat(codec.payloadType()).isEqualTo(116);
        assertThat(codec.parameters()).containsEntry("profile-level-id", "4d001f");
    }

    @Test
    void h264InPacketizationMode0OnlyIsRejected() throws SdpException {
        PublishSection section = PublishNegotiation.readOffer(videoFormats(ChromiumOffers.AUDIO_VIDEO, "104 107 114 115"))
                .sections().get(1);

        assertThat(section.rejected()).isTrue();
    }

    @Test
    void aVp9OnlyOfferIsAnsweredWithProfile0EvenWhenProfile2IsPreferred() throws SdpException {
        String vp9 = videoFormats(ChromiumOffers.AUDIO_VIDEO, "100 101 98 99");

        RtpCodec codec = video(vp9).codec();

        assertThat(codec.mimeType()).isEqualTo("video/VP9");
        assertThat(codec.payloadType()).isEqualTo(98);
        assertThat(codec.rtxPayloadType()).isEqualTo(99);
        assertThat(answeredVideo(vp9)).contains("a=rtpmap:98 VP9/90000", "a=fmtp:98 profile-id=0", "a=fmtp:99 apt=98");
    }

    @Test
    void vp9Profile2AloneIsRejected() throws SdpException {
        assertThat(PublishNegotiation.readOffer(videoFormats(ChromiumOffers.AUDIO_VIDEO, "100 101")).sections().get(1).rejected())
                .isTrue();
    }

    @Test
    void firefoxsH264WithoutPacketizationModeIsNotTaken() throws SdpException {
        // Firefox offers 97 = H.264 without packetization-mode (mode 0) next to 126 (mode 1): only 126 qualifies.
        RtpCodec codec = video(videoFormats(FirefoxOffers.AUDIO_VIDEO, "97 98 126 127")).codec();

        assertThat(codec.payloadType()).isEqualTo(126);
    }

    @Test
    void consumersOfOneCodecConfigurationShareFixedPayloadTypesOnEveryRecvConnection() {
        RtpCodec baseline = h264("42001f");
        RtpCodec constrained = h264("42e01f");

        assertThat(SfuCapabilities.forwardCodec(constrained).payloadType()).isEqualTo(100);
        assertThat(SfuCapabilities.forwardCodec(h264("42e034")).payloadType()).as("the level does not matter").isEqualTo(100);
        assertThat(SfuCapabilities.forwardCodec(h264("4de01f")).payloadType()).as("Main with constraint_set1 is CB")
                .isEqualTo(100);
        assertThat(SfuCapabilities.forwardCodec(baseline).payloadType()).isEqualTo(102);
        assertThat(SfuCapabilities.forwardCodec(baseline).parameters()).containsEntry("profile-level-id", "42001f");
        assertThat(SfuCapabilities.forwardCodec(SfuCapabilities.VP9)).isEqualTo(SfuCapabilities.VP9);
        List<Integer> payloadTypes = new java.util.ArrayList<>();
        for (String id : List.of("42e01f", "42001f", "4d001f", "640c1f", "64001f")) {
            RtpCodec c = SfuCapabilities.forwardCodec(h264(id));
            payloadTypes.add(c.payloadType());
            payloadTypes.add(c.rtxPayloadType());
        }
        payloadTypes.addAll(List.of(SfuCapabilities.OPUS.payloadType(), SfuCapabilities.VP8.payloadType(),
                SfuCapabilities.VP8.rtxPayloadType(), SfuCapabilities.VP9.payloadType(), SfuCapabilities.VP9.rtxPayloadType()));
        assertThat(payloadTypes).as("one payload type, one configuration (RFC 8843 §9.1)").doesNotHaveDuplicates();
    }

    @Test
    void theRecvOfferNamesTheForwardedH264Configuration() {
        RtpCodec codec = SfuCapabilities.forwardCodec(h264("42e01f"));
        ConsumerParameters consumer = new ConsumerParameters("0", MediaKind.VIDEO, codec,
                SfuCapabilities.sendExtensions(MediaKind.VIDEO), 1010, 1011, "cname-alice", "alice", "alice-cam");

        List<String> section = SdpText.of(SubscribeNegotiation.offer(TestTransports.LOCAL, 1, 1,
                List.of(SubscribeSection.active(consumer)))).section(0);

        assertThat(section.get(0)).isEqualTo("m=video 10000 UDP/TLS/RTP/SAVPF 100 101");
        assertThat(section).contains("a=rtpmap:100 H264/90000",
                "a=fmtp:100 level-asymmetry-allowed=1;packetization-mode=1;profile-level-id=42e01f",
                "a=rtpmap:101 rtx/90000", "a=fmtp:101 apt=100", "a=ssrc-group:FID 1010 1011");
    }

    private static RtpCodec h264(String profileLevelId) {
        return new RtpCodec("video/H264", 108, 90000, 1,
                Map.of("packetization-mode", "1", "profile-level-id", profileLevelId), List.of(), 109);
    }
}
