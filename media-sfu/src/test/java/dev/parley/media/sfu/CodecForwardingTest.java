package dev.parley.media.sfu;

import static dev.parley.media.sfu.TestPackets.VIDEO_SSRC;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.media.sfu.rtp.MediaKind;
import dev.parley.media.sfu.rtp.ProducerParameters;
import dev.parley.media.sfu.rtp.RtpCodec;
import dev.parley.media.sfu.rtp.RtpEncoding;
import dev.parley.media.transport.DropReason;
import dev.parley.media.wire.rtp.RtpPacket;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** VP9 and H.264 Producers: Consumers start at the codec's own keyframe and send the recv connection's payload type. */
class CodecForwardingTest {
    private static final int BROWSER_PT = 98;
    private static final List<String> FEEDBACK = List.of("goog-remb", "transport-cc", "ccm fir", "nack", "nack pli");

    /** VP9, RFC 9628 §4.2: I=1 P=1 L=1 B=1 E=1 | 7-bit picture id 5 | TID=1 U=0 SID=0 D=0 | TL0PICIDX 3. */
    private static final byte[] VP9_DELTA = {(byte) 0xEC, 0x05, 0x20, 0x03, 0x11};
    /** I=1 P=0 L=1 B=1 E=1 | picture id 6 | TID=0 SID=0 | TL0PICIDX 4: the first packet of a key frame. */
    private static final byte[] VP9_KEYFRAME = {(byte) 0xAC, 0x06, 0x00, 0x04, 0x22};
    /** I=1 P=1 L=1 B=1 E=1 | picture id 7 | TID=2 SID=1 D=1 | TL0PICIDX 4: an upper spatial and temporal layer. */
    private static final byte[] VP9_UPPER_LAYER = {(byte) 0xEC, 0x07, 0x43, 0x04, 0x33};
    /** H.264, RFC 6184 §5.6: a single non-IDR slice (type 1). */
    private static final byte[] H264_DELTA = {0x41, (byte) 0x9a, 0x02};
    /** A STAP-A (type 24) of SPS (7), PPS (8) and the start of an IDR slice (5). */
    private static final byte[] H264_KEYFRAME = {0x78, 0x00, 0x02, 0x67, 0x42, 0x00, 0x02, 0x68, (byte) 0xce, 0x00, 0x02,
            0x65, (byte) 0x88};

    private final SfuHarness sfu = new SfuHarness();

    @AfterEach
    void close() {
        sfu.close();
    }

    private static ProducerParameters video(String mime, Map<String, String> fmtp) {
        RtpCodec codec = new RtpCodec(mime, BROWSER_PT, 90000, 1, fmtp, FEEDBACK, BROWSER_PT + 1);
        return new ProducerParameters("1", MediaKind.VIDEO, codec, TestPackets.browserExtensions(),
                List.of(new RtpEncoding(null, VIDEO_SSRC, TestPackets.RTX_SSRC)), "pub-cname", "stream", "track-v");
    }

    private void send(int seq, byte[] payload) {
        sfu.publisherPeer.deliverRtp(TestPackets.rtp(BROWSER_PT, seq, seq * 3000L, VIDEO_SSRC, true, "1", payload));
    }

    @Test
    void vp9StartsAtAKeyframeAndItsLayerIdsAreSeen() {
        Producer producer = sfu.produce(video("video/VP9", Map.of("profile-id", "0")));
        Consumer consumer = sfu.consume(producer);

        send(1, VP9_DELTA);
        send(2, VP9_KEYFRAME);
        send(3, VP9_UPPER_LAYER);
        sfu.flush();

        List<byte[]> sent = sfu.subscriberPeer.rtp();
        assertThat(sent).hasSize(2);
        RtpPacket first = RtpPacket.parse(sent.get(0), 0, sent.get(0).length);
        assertThat(first.payloadType()).isEqualTo(98);
        assertThat(consumer.parameters().codec().mimeType()).isEqualTo("video/VP9");
        assertThat(consumer.stats().drops()).containsEntry(DropReason.SFU_WAITING_FOR_KEYFRAME.name(), 1L);
        ProducerStats stats = producer.stats();
        assertThat(stats.codec()).isEqualTo("video/VP9");
        assertThat(stats.maxSpatialLayer()).isEqualTo(1);
        assertThat(stats.maxTemporalLayer()).isEqualTo(2);
    }

    @Test
    void h264StartsAtAnSpsIdrPacketAndTakesItsProfilesPayloadType() {
        Producer producer = sfu.produce(video("video/H264",
                Map.of("packetization-mode", "1", "profile-level-id", "42e01f", "level-asymmetry-allowed", "1")));
        Consumer consumer = sfu.consume(producer);

        send(1, H264_DELTA);
        send(2, H264_KEYFRAME);
        send(3, H264_DELTA);
        sfu.flush();

        List<byte[]> sent = sfu.subscriberPeer.rtp();
        assertThat(sent).hasSize(2);
        RtpPacket first = RtpPacket.parse(sent.get(0), 0, sent.get(0).length);
        assertThat(first.payloadType()).as("Constrained Baseline's fixed payload type").isEqualTo(100);
        assertThat(consumer.parameters().codec().rtxPayloadType()).isEqualTo(101);
        assertThat(consumer.stats().drops()).containsEntry(DropReason.SFU_WAITING_FOR_KEYFRAME.name(), 1L);
        assertThat(producer.stats().maxTemporalLayer()).as("H.264 payloads carry no layer ids").isEqualTo(-1);
    }
}
