package dev.parley.media.sfu;

import static dev.parley.media.sfu.TestPackets.VIDEO_SSRC;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.media.sfu.rtp.SfuCapabilities;
import dev.parley.media.transport.DropReason;
import dev.parley.media.wire.rtcp.Pli;
import dev.parley.media.wire.rtcp.RtcpCompound;
import dev.parley.media.wire.rtcp.RtcpPacket;
import dev.parley.media.wire.rtp.AudioLevelExtension;
import dev.parley.media.wire.rtp.RtpPacket;
import dev.parley.media.wire.rtp.TransportCcExtension;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RouterForwardingTest {
    private final SfuHarness sfu = new SfuHarness();

    @AfterEach
    void close() {
        sfu.close();
    }

    @Test
    void transportsReportConnectingThenConnected() {
        assertThat(sfu.events).containsSubsequence("pub:CONNECTING", "pub:CONNECTED");
        assertThat(sfu.events).containsSubsequence("sub:CONNECTING", "sub:CONNECTED");
        assertThat(sfu.publisher.state()).isEqualTo(TransportState.CONNECTED);
    }

    @Test
    void videoWaitsForAKeyframeThenIsRewrittenToTheConsumersStream() {
        Producer producer = sfu.produce(TestPackets.video("1", VIDEO_SSRC, TestPackets.RTX_SSRC));
        Consumer consumer = sfu.consume(producer);

        sfu.publisherPeer.deliverRtp(TestPackets.vp8(1000, 90000, TestPackets.VP8_DELTA));
        sfu.publisherPeer.deliverRtp(TestPackets.vp8(1001, 93000, TestPackets.VP8_KEYFRAME));
        sfu.publisherPeer.deliverRtp(TestPackets.vp8(1002, 93000, TestPackets.VP8_CONTINUATION));
        sfu.flush();

        List<byte[]> sent = sfu.subscriberPeer.rtp();
        assertThat(sent).hasSize(2);
        RtpPacket first = RtpPacket.parse(sent.get(0), 0, sent.get(0).length);
        RtpPacket second = RtpPacket.parse(sent.get(1), 0, sent.get(1).length);
        assertThat(first.ssrc()).isEqualTo(consumer.parameters().ssrc());
        assertThat(first.payloadType()).isEqualTo(SfuCapabilities.VP8.payloadType());
        assertThat(second.sequenceNumber()).isEqualTo((first.sequenceNumber() + 1) & 0xFFFF);
        assertThat(second.timestamp()).isEqualTo(first.timestamp());
        assertThat(payload(first)).containsExactly(TestPackets.VP8_KEYFRAME);
        assertThat(payload(second)).containsExactly(TestPackets.VP8_CONTINUATION);
        int tcc1 = TransportCcExtension.sequenceNumber(first, 3);
        assertThat(TransportCcExtension.sequenceNumber(second, 3)).isEqualTo((tcc1 + 1) & 0xFFFF);
        assertThat(first.findExtension(2)).as("abs-send-time for video").isNotNegative();
        assertThat(first.findExtension(1)).as("no audio level on video").isNegative();
        assertThat(consumer.stats().drops()).containsEntry(DropReason.SFU_WAITING_FOR_KEYFRAME.name(), 1L);
        assertThat(consumer.stats().packets()).isEqualTo(2);
    }

    @Test
    void aNewVideoConsumerAsksThePublisherForAKeyframe() {
        Producer producer = sfu.produce(TestPackets.video("1", VIDEO_SSRC, TestPackets.RTX_SSRC));
        sfu.consume(producer);

        List<RtcpPacket> rtcp = allRtcp(sfu.publisherPeer);
        assertThat(rtcp).filteredOn(p -> p instanceof Pli).singleElement()
                .satisfies(p -> assertThat(((Pli) p).mediaSsrc()).isEqualTo(VIDEO_SSRC));
    }

    @Test
    void audioCarriesTheAudioLevelUnderTheRecvConnectionsIdAndIsForwardedAtOnce() {
        Producer producer = sfu.produce(TestPackets.audio("0"));
        Consumer consumer = sfu.consume(producer);

        sfu.publisherPeer.deliverRtp(TestPackets.rtp(TestPackets.BROWSER_OPUS_PT, 7, 960, TestPackets.AUDIO_SSRC, false, "0",
                new byte[] {1, 2, 3}));
        sfu.flush();

        byte[] out = sfu.subscriberPeer.rtp().get(0);
        RtpPacket packet = RtpPacket.parse(out, 0, out.length);
        assertThat(packet.payloadType()).isEqualTo(111);
        assertThat(packet.ssrc()).isEqualTo(consumer.parameters().ssrc());
        assertThat(AudioLevelExtension.level(packet, 1)).isEqualTo(5);
        assertThat(AudioLevelExtension.voice(packet, 1)).isTrue();
        assertThat(TransportCcExtension.sequenceNumber(packet, 3)).isNotNegative();
        assertThat(packet.findExtension(2)).isNegative();
        assertThat(payload(packet)).containsExactly(1, 2, 3);
    }

    @Test
    void unknownSsrcWithTheMidOfAProducerIsLearned() {
        Producer producer = sfu.produce(TestPackets.video("1", 0, 0));
        sfu.consume(producer);

        sfu.publisherPeer.deliverRtp(TestPackets.rtp(TestPackets.BROWSER_VP8_PT, 1, 0, 0xABCDEFL, false, "1",
                TestPackets.VP8_KEYFRAME));
        sfu.publisherPeer.deliverRtp(TestPackets.rtp(TestPackets.BROWSER_VP8_PT, 2, 0, 0xABCDEFL, false, null,
                TestPackets.VP8_CONTINUATION));
        sfu.publisherPeer.deliverRtp(TestPackets.rtp(TestPackets.BROWSER_VP8_PT, 1, 0, 0x999L, false, "7",
                TestPackets.VP8_KEYFRAME));
        sfu.flush();

        assertThat(sfu.subscriberPeer.rtp()).hasSize(2);
        assertThat(sfu.router.stats().drops()).containsEntry(DropReason.SFU_UNKNOWN_SSRC.name(), 1L);
    }

    @Test
    void pausedProducerAndPausedConsumerDropAndCount() {
        Producer producer = sfu.produce(TestPackets.audio("0"));
        Consumer consumer = sfu.consume(producer);

        consumer.pause();
        sfu.publisherPeer.deliverRtp(TestPackets.rtp(TestPackets.BROWSER_OPUS_PT, 1, 0, TestPackets.AUDIO_SSRC, false, "0",
                new byte[] {1}));
        producer.pause();
        sfu.publisherPeer.deliverRtp(TestPackets.rtp(TestPackets.BROWSER_OPUS_PT, 2, 960, TestPackets.AUDIO_SSRC, false, "0",
                new byte[] {2}));
        consumer.resume();
        producer.resume();
        sfu.publisherPeer.deliverRtp(TestPackets.rtp(TestPackets.BROWSER_OPUS_PT, 3, 1920, TestPackets.AUDIO_SSRC, false, "0",
                new byte[] {3}));
        sfu.flush();

        assertThat(sfu.subscriberPeer.rtp()).hasSize(1);
        assertThat(consumer.stats().drops()).containsEntry(DropReason.SFU_CONSUMER_PAUSED.name(), 1L);
        assertThat(sfu.router.stats().drops()).containsEntry(DropReason.SFU_PRODUCER_PAUSED.name(), 1L);
        assertThat(producer.isPaused()).isFalse();
    }

    @Test
    void malformedRtpAndRtcpAreCountedNotThrown() {
        sfu.produce(TestPackets.audio("0"));

        sfu.publisherPeer.deliverRtp(new byte[] {0x40, 0, 0});
        sfu.publisherPeer.deliverRtcp(new byte[] {0x00, 0x01});
        sfu.flush();

        assertThat(sfu.router.stats().drops()).containsEntry(DropReason.SFU_MALFORMED.name(), 2L);
    }

    static byte[] payload(RtpPacket packet) {
        return Arrays.copyOfRange(packet.buffer(), packet.payloadOffset(), packet.payloadOffset() + packet.payloadLength());
    }

    static List<RtcpPacket> allRtcp(FakePeers.Peer peer) {
        return peer.rtcpSent.stream().flatMap(b -> RtcpCompound.parse(b, 0, b.length).stream()).toList();
    }
}
