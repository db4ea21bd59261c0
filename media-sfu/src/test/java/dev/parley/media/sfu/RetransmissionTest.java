package dev.parley.media.sfu;

import static dev.parley.media.sfu.TestPackets.VIDEO_SSRC;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.media.wire.rtcp.GenericNack;
import dev.parley.media.wire.rtcp.RtcpCompound;
import dev.parley.media.wire.rtp.RtpPacket;
import dev.parley.media.wire.rtp.Rtx;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Subscriber NACKs answered from the Producer's one shared cache (decision 0008): each Consumer maps its own sequence number
 * back to the source packet and rebuilds the packet it first sent, wrapped as RTX.
 */
class RetransmissionTest {
    private final SfuHarness sfu = new SfuHarness();

    @AfterEach
    void close() {
        sfu.close();
    }

    private static byte[] nack(Consumer consumer, int... lost) {
        GenericNack nack = GenericNack.of(9, consumer.parameters().ssrc(), lost);
        byte[] buf = new byte[RtcpCompound.size(List.of(nack))];
        RtcpCompound.write(List.of(nack), buf, 0);
        return buf;
    }

    private static RtpPacket parse(byte[] bytes) {
        return RtpPacket.parse(bytes, 0, bytes.length);
    }

    /** The original payload an RTX packet carries after its 2-byte OSN (RFC 4588 §4). */
    private static byte[] rtxPayload(RtpPacket rtx) {
        return Arrays.copyOfRange(rtx.buffer(), rtx.payloadOffset() + Rtx.OVERHEAD, rtx.payloadOffset() + rtx.payloadLength());
    }

    /** The publisher sends a keyframe packet; returns the number the subscriber got it under. */
    private int sendKeyframe() {
        sfu.publisherPeer.deliverRtp(TestPackets.vp8(100, 9000, TestPackets.VP8_KEYFRAME));
        sfu.flush();
        return parse(sfu.subscriberPeer.rtp().get(0)).sequenceNumber();
    }

    private FakePeers.Peer connectSecondSubscriber(WebRtcTransport transport) {
        transport.connect(TestPackets.remote("sub2U"));
        FakePeers.Peer peer = sfu.peers.peerOf(transport);
        peer.connected();
        sfu.flush();
        return peer;
    }

    @Test
    void theRetransmissionCarriesTheTimestampMarkerAndPayloadTheSubscriberMissed() {
        Producer producer = sfu.produce(TestPackets.video("1", VIDEO_SSRC, TestPackets.RTX_SSRC));
        Consumer consumer = sfu.consume(producer);
        sfu.publisherPeer.deliverRtp(TestPackets.vp8(100, 9000, TestPackets.VP8_KEYFRAME));
        sfu.publisherPeer.deliverRtp(TestPackets.rtp(TestPackets.BROWSER_VP8_PT, 101, 12000, VIDEO_SSRC, false, "1",
                TestPackets.VP8_CONTINUATION));
        sfu.flush();
        RtpPacket missed = parse(sfu.subscriberPeer.rtp().get(1));

        sfu.subscriberPeer.deliverRtcp(nack(consumer, missed.sequenceNumber()));
        sfu.flush();

        RtpPacket rtx = parse(sfu.subscriberPeer.rtp().get(2));
        assertThat(rtx.ssrc()).isEqualTo(consumer.parameters().rtxSsrc());
        assertThat(Rtx.originalSequenceNumber(rtx)).isEqualTo(missed.sequenceNumber());
        assertThat(rtx.timestamp()).isEqualTo(missed.timestamp());
        assertThat(rtx.marker()).isEqualTo(missed.marker()).isFalse();
        assertThat(rtxPayload(rtx)).containsExactly(TestPackets.VP8_CONTINUATION);
    }

    @Test
    void twoSubscribersOfOneStreamEachGetTheirOwnNumbersBackFromTheOneCache() {
        Producer producer = sfu.produce(TestPackets.video("1", VIDEO_SSRC, TestPackets.RTX_SSRC));
        Consumer first = sfu.consume(producer);
        WebRtcTransport t2 = sfu.router.createWebRtcTransport("sub2");
        FakePeers.Peer peer2 = connectSecondSubscriber(t2);
        Consumer second = sfu.router.consume(t2, "c2", producer, "0", "bob").join();
        sfu.publisherPeer.deliverRtp(TestPackets.vp8(100, 9000, TestPackets.VP8_KEYFRAME));
        sfu.publisherPeer.deliverRtp(TestPackets.vp8(101, 9000, TestPackets.VP8_CONTINUATION));
        sfu.flush();
        RtpPacket missed1 = parse(sfu.subscriberPeer.rtp().get(0));
        RtpPacket missed2 = parse(peer2.rtp().get(1));

        sfu.subscriberPeer.deliverRtcp(nack(first, missed1.sequenceNumber()));
        peer2.deliverRtcp(nack(second, missed2.sequenceNumber()));
        sfu.flush();

        RtpPacket rtx1 = parse(sfu.subscriberPeer.rtp().get(2));
        RtpPacket rtx2 = parse(peer2.rtp().get(2));
        assertThat(rtx1.ssrc()).isEqualTo(first.parameters().rtxSsrc());
        assertThat(Rtx.originalSequenceNumber(rtx1)).isEqualTo(missed1.sequenceNumber());
        assertThat(rtx1.timestamp()).isEqualTo(missed1.timestamp());
        assertThat(rtxPayload(rtx1)).containsExactly(TestPackets.VP8_KEYFRAME);
        assertThat(rtx2.ssrc()).isEqualTo(second.parameters().rtxSsrc());
        assertThat(Rtx.originalSequenceNumber(rtx2)).isEqualTo(missed2.sequenceNumber());
        assertThat(rtx2.timestamp()).isEqualTo(missed2.timestamp());
        assertThat(rtxPayload(rtx2)).containsExactly(TestPackets.VP8_CONTINUATION);
    }

    @Test
    void numbersTheConsumerNeverSentAreNotAnsweredAndPaddingLeavesNoHole() {
        Producer producer = sfu.produce(TestPackets.video("1", VIDEO_SSRC, TestPackets.RTX_SSRC));
        Consumer consumer = sfu.consume(producer);
        sfu.publisherPeer.deliverRtp(TestPackets.vp8(100, 9000, TestPackets.VP8_KEYFRAME));
        sfu.publisherPeer.deliverRtp(TestPackets.vp8(101, 9000, new byte[0]));     // padding only: skipped, not numbered
        sfu.publisherPeer.deliverRtp(TestPackets.vp8(102, 9000, TestPackets.VP8_CONTINUATION));
        sfu.flush();
        List<byte[]> sent = sfu.subscriberPeer.rtp();
        assertThat(sent).hasSize(2);
        int firstSeq = parse(sent.get(0)).sequenceNumber();

        sfu.subscriberPeer.deliverRtcp(nack(consumer, (firstSeq + 1) & 0xFFFF, (firstSeq + 2) & 0xFFFF,
                (firstSeq - 1) & 0xFFFF));
        sfu.flush();

        assertThat(sfu.subscriberPeer.rtp()).hasSize(3);
        RtpPacket rtx = parse(sfu.subscriberPeer.rtp().get(2));
        assertThat(Rtx.originalSequenceNumber(rtx)).isEqualTo((firstSeq + 1) & 0xFFFF);
        assertThat(rtxPayload(rtx)).as("packet 102, sent right after 100").containsExactly(TestPackets.VP8_CONTINUATION);
        assertThat(consumer.stats().drops()).containsEntry("SFU_NOT_IN_CACHE", 2L);
    }

    @Test
    void aPacketResentALittleWhileAgoIsNotResentAgain() {
        Consumer consumer = sfu.consume(sfu.produce(TestPackets.video("1", VIDEO_SSRC, TestPackets.RTX_SSRC)));
        int seq = sendKeyframe();

        sfu.subscriberPeer.deliverRtcp(nack(consumer, seq));
        sfu.subscriberPeer.deliverRtcp(nack(consumer, seq));     // the same loss reported again before our answer arrived
        sfu.flush();
        sfu.advance(Consumer.MIN_RESEND_NANOS / 1_000_000);
        sfu.subscriberPeer.deliverRtcp(nack(consumer, seq));     // a real second loss
        sfu.flush();

        assertThat(consumer.stats().retransmitted()).isEqualTo(2);
    }

    @Test
    void aPacketOlderThanTheResendWindowIsNotResent() {
        Consumer consumer = sfu.consume(sfu.produce(TestPackets.video("1", VIDEO_SSRC, TestPackets.RTX_SSRC)));
        int seq = sendKeyframe();

        sfu.advance(1100);
        sfu.subscriberPeer.deliverRtcp(nack(consumer, seq));
        sfu.flush();

        assertThat(consumer.stats().retransmitted()).isZero();
        assertThat(consumer.stats().drops()).containsEntry("SFU_NOT_IN_CACHE", 1L);
    }
}
