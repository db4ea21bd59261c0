package dev.parley.media.sfu.sdp;

import dev.parley.media.sfu.rtp.MediaKind;
import dev.parley.media.sfu.rtp.ProducerParameters;
import dev.parley.media.sfu.rtp.RtpEncoding;
import dev.parley.media.sfu.rtp.RtpHeaderExtension;
import dev.parley.media.sfu.rtp.SfuCapabilities;
import dev.parley.media.wire.sdp.Direction;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** readOffer on offers as Chromium 156 and Firefox write them: what each m-section publishes, with the browser's numbering. */
class PublishOfferReadingTest {

    @Test
    void chromiumOfferGivesTransportParametersAndOneProducerPerTrack() throws SdpException {
        PublishOffer offer = PublishNegotiation.readOffer(TestTransports.crlf(ChromiumOffers.AUDIO_VIDEO));

        assertThat(offer.transport().ice().ufrag()).isEqualTo("rM48");
        assertThat(offer.transport().ice().pwd()).isEqualTo("RAxvVLHWxKsLB+DAiR70nvq3");
        assertThat(offer.transport().fingerprint().algorithm()).isEqualTo("sha-256");
        assertThat(offer.transport().fingerprint().value()).isEqualTo(
                "72:4F:93:1D:2E:65:0B:31:FC:B8:90:EE:52:F4:42:06:57:06:3A:FD:C6:53:65:4A:8F:9D:14:D7:35:ED:C4:06");
        assertThat(offer.sections()).extracting(PublishSection::mid).containsExactly("0", "1", "2");
        assertThat(offer.producers()).hasSize(2);

        ProducerParameters audio = offer.sections().get(0).producer().orElseThrow();
        assertThat(audio.kind()).isEqualTo(MediaKind.AUDIO);
        assertThat(audio.codec().mimeType()).isEqualTo("audio/opus");
        assertThat(audio.codec().payloadType()).isEqualTo(111);
        assertThat(audio.codec().rtxPayloadType()).isEqualTo(-1);
        assertThat(audio.codec().rtcpFeedback()).containsExactly("transport-cc");
        assertThat(audio.codec().parameters()).containsEntry("useinbandfec", "1");
        // Offer order; toffset-like extensions the SFU does not read are left out.
        assertThat(audio.extensions()).containsExactly(
                new RtpHeaderExtension(SfuCapabilities.URI_AUDIO_LEVEL, 1),
                new RtpHeaderExtension(SfuCapabilities.URI_ABS_SEND_TIME, 2),
                new RtpHeaderExtension(SfuCapabilities.URI_TRANSPORT_CC, 3),
                new RtpHeaderExtension(SfuCapabilities.URI_MID, 4));
        assertThat(audio.encodings()).containsExactly(new RtpEncoding(null, 2266176750L, 0));
        assertThat(audio.cname()).isEqualTo("AqokV0W9AJpTXaza");
        assertThat(audio.streamId()).isEqualTo("d0812e77-8b2a-46b5-a156-bb25c5edca88");
        assertThat(audio.trackId()).isEqualTo("8b89027a-bb62-4d86-a698-48658c1aa605");

        ProducerParameters video = offer.sections().get(1).producer().orElseThrow();
        assertThat(video.kind()).isEqualTo(MediaKind.VIDEO);
        assertThat(video.codec().mimeType()).isEqualTo("video/VP8");
        assertThat(video.codec().payloadType()).isEqualTo(96);
        assertThat(video.codec().rtxPayloadType()).isEqualTo(97);
        assertThat(video.codec().rtcpFeedback()).containsExactly("goog-remb", "transport-cc", "ccm fir", "nack", "nack pli");
        assertThat(video.extensions()).extracting(RtpHeaderExtension::id).containsExactly(2, 3, 4, 10, 11);
        assertThat(video.encodings()).containsExactly(new RtpEncoding(null, 3289769272L, 603889642L));
        assertThat(video.trackId()).isEqualTo("ca8b8b56-502b-4e2f-b02f-16e46dcec174");
    }

    @Test
    void dataChannelSectionIsKeptButRejected() throws SdpException {
        PublishSection data = PublishNegotiation.readOffer(ChromiumOffers.AUDIO_VIDEO).sections().get(2);

        assertThat(data.media()).isEqualTo("application");
        assertThat(data.kind()).isNull();
        assertThat(data.protocol()).isEqualTo("UDP/DTLS/SCTP");
        assertThat(data.producer()).isEmpty();
        assertThat(data.rejection()).contains("data channel");
    }

    @Test
    void chromiumSimulcastHasRidsAndNoSsrcs() throws SdpException {
        PublishOffer offer = PublishNegotiation.readOffer(ChromiumOffers.SIMULCAST);

        ProducerParameters video = offer.sections().get(1).producer().orElseThrow();
        assertThat(video.encodings()).containsExactly(
                new RtpEncoding("q", 0, 0), new RtpEncoding("h", 0, 0), new RtpEncoding("f", 0, 0));
        assertThat(video.cname()).isNull();
        assertThat(video.streamId()).isEqualTo("0bbd5505-b6cb-4f39-b213-cd40d8c0f520");
        assertThat(video.extensions()).contains(new RtpHeaderExtension(SfuCapabilities.URI_RID, 10),
                new RtpHeaderExtension(SfuCapabilities.URI_REPAIRED_RID, 11));
        assertThat(offer.sections().get(0).producer().orElseThrow().encodings()).hasSize(1);
    }

    @Test
    void firefoxNumbersItsOwnPayloadTypesAndExtensionIds() throws SdpException {
        PublishOffer offer = PublishNegotiation.readOffer(FirefoxOffers.AUDIO_VIDEO);

        assertThat(offer.transport().ice().ufrag()).isEqualTo("3a6b2c1e");
        assertThat(offer.transport().fingerprint().value()).startsWith("6B:8B:F0:65");
        ProducerParameters audio = offer.producers().get(0);
        assertThat(audio.codec().payloadType()).isEqualTo(109);
        // csrc-audio-level is offered recvonly and unsupported anyway: not accepted.
        assertThat(audio.extensions()).containsExactly(
                new RtpHeaderExtension(SfuCapabilities.URI_AUDIO_LEVEL, 1), new RtpHeaderExtension(SfuCapabilities.URI_MID, 3));
        assertThat(audio.encodings()).containsExactly(new RtpEncoding(null, 1796238513L, 0));
        assertThat(audio.cname()).isEqualTo("{b9e1a9a6-61b1-4b0e-8a3f-0d6c8c0e0f55}");
        assertThat(audio.streamId()).isEqualTo("{5b7c5a3e-6e34-4a59-9a0e-4f0c3b3e7f21}");

        ProducerParameters video = offer.producers().get(1);
        assertThat(video.codec().payloadType()).isEqualTo(120);
        assertThat(video.codec().rtxPayloadType()).isEqualTo(124);
        assertThat(video.codec().rtcpFeedback()).containsExactlyInAnyOrder(
                "nack", "nack pli", "ccm fir", "goog-remb", "transport-cc");
        assertThat(video.extensions()).extracting(RtpHeaderExtension::id).containsExactly(3, 4, 7);
        assertThat(video.encodings()).containsExactly(new RtpEncoding(null, 2409571396L, 3187209447L));
        assertThat(offer.sections()).extracting(PublishSection::direction)
                .containsExactly(Direction.SENDRECV, Direction.SENDRECV);
    }

    @Test
    void firefoxSimulcastUsesRidsEvenThoughItListsSsrcs() throws SdpException {
        // Firefox's ssrc lines do not say which rid they carry, so SSRCs are learned from the rid extension like Chromium's.
        ProducerParameters video = PublishNegotiation.readOffer(FirefoxOffers.SIMULCAST).producers().get(0);

        assertThat(video.encodings()).containsExactly(
                new RtpEncoding("a", 0, 0), new RtpEncoding("b", 0, 0), new RtpEncoding("c", 0, 0));
    }

    @Test
    void sectionWithoutSupportedCodecIsRejectedWithAReason() throws SdpException {
        // AV1 only: a codec Parley does not forward (yet).
        String av1Only = CodecNegotiationTest.videoFormats(ChromiumOffers.AUDIO_VIDEO, "45 46");

        PublishSection video = PublishNegotiation.readOffer(av1Only).sections().get(1);

        assertThat(video.rejected()).isTrue();
        assertThat(video.rejection()).contains("VP8", "VP9 profile 0", "H.264 with packetization-mode 1");
        assertThat(video.producer()).isEmpty();
    }

    @Test
    void nonSendingSectionIsAcceptedWithoutProducer() throws SdpException {
        // After removeTrack Chromium offers the old camera section as recvonly: answered inactive, not rejected,
        // so the transport survives even when every track is gone.
        String removed = ChromiumOffers.AUDIO_VIDEO.replace("a=sendonly\na=msid:d0812e77-8b2a-46b5-a156-bb25c5edca88 ca8b",
                "a=inactive\na=msid:d0812e77-8b2a-46b5-a156-bb25c5edca88 ca8b");

        PublishSection video = PublishNegotiation.readOffer(removed).sections().get(1);

        assertThat(video.direction()).isEqualTo(Direction.INACTIVE);
        assertThat(video.rejected()).isFalse();
        assertThat(video.parameters().codec().payloadType()).isEqualTo(96);
        assertThat(video.producer()).isEmpty();
    }
}
