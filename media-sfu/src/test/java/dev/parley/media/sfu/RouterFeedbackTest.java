package dev.parley.media.sfu;

import static dev.parley.media.sfu.TestPackets.VIDEO_SSRC;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.media.wire.rtcp.GenericNack;
import dev.parley.media.wire.rtcp.Pli;
import dev.parley.media.wire.rtcp.ReceiverReport;
import dev.parley.media.wire.rtcp.ReportBlock;
import dev.parley.media.wire.rtcp.RtcpCompound;
import dev.parley.media.wire.rtcp.RtcpPacket;
import dev.parley.media.wire.rtcp.Sdes;
import dev.parley.media.wire.rtcp.SenderReport;
import dev.parley.media.wire.rtcp.TransportCc;
import dev.parley.media.wire.rtp.RtpPacket;
import dev.parley.media.wire.rtp.Rtx;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** RTCP in both directions through a Router on fake peers and a fake clock. */
class RouterFeedbackTest {
    private final SfuHarness sfu = new SfuHarness();

    @AfterEach
    void close() {
        sfu.close();
    }

    private Consumer startVideo() {
        Producer producer = sfu.produce(TestPackets.video("1", VIDEO_SSRC, TestPackets.RTX_SSRC));
        Consumer consumer = sfu.consume(producer);
        sfu.publisherPeer.deliverRtp(TestPackets.vp8(100, 9000, TestPackets.VP8_KEYFRAME));
        sfu.publisherPeer.deliverRtp(TestPackets.vp8(101, 9000, TestPackets.VP8_CONTINUATION));
        sfu.flush();
        return consumer;
    }

    private static byte[] rtcp(RtcpPacket... packets) {
        byte[] buf = new byte[RtcpCompound.size(List.of(packets))];
        RtcpCompound.write(List.of(packets), buf, 0);
        return buf;
    }

    private static RtpPacket parse(byte[] bytes) {
        return RtpPacket.parse(bytes, 0, bytes.length);
    }

    @Test
    void subscriberNackIsAnsweredWithRtxCarryingTheOriginalSequenceNumber() {
        Consumer consumer = startVideo();
        RtpPacket second = parse(sfu.subscriberPeer.rtp().get(1));

        sfu.subscriberPeer.deliverRtcp(rtcp(GenericNack.of(9, consumer.parameters().ssrc(),
                new int[] {second.sequenceNumber(), (second.sequenceNumber() + 7) & 0xFFFF})));
        sfu.flush();

        List<byte[]> sent = sfu.subscriberPeer.rtp();
        assertThat(sent).hasSize(3);
        RtpPacket rtx = parse(sent.get(2));
        assertThat(rtx.ssrc()).isEqualTo(consumer.parameters().rtxSsrc());
        assertThat(rtx.payloadType()).isEqualTo(97);
        assertThat(Rtx.originalSequenceNumber(rtx)).isEqualTo(second.sequenceNumber());
        assertThat(consumer.stats().retransmitted()).isEqualTo(1);
        assertThat(consumer.stats().nacksReceived()).isEqualTo(2);
        assertThat(consumer.stats().drops()).containsEntry("SFU_NOT_IN_CACHE", 1L);
    }

    @Test
    void subscriberReceiverReportsShowUpInTheConsumerStats() {
        Consumer consumer = startVideo();

        sfu.subscriberPeer.deliverRtcp(rtcp(new ReceiverReport(9, List.of(
                new ReportBlock(consumer.parameters().ssrc(), 64, 3, 1000, 10, 0, 0)))));
        sfu.flush();

        assertThat(consumer.stats().subscriberPacketsLost()).isEqualTo(3);
        assertThat(consumer.stats().subscriberFractionLost()).isEqualTo(0.25);
    }

    @Test
    void subscriberPlisArePacedToOneKeyframeRequestPer500Milliseconds() {
        Consumer consumer = startVideo();                 // the new consumer already asked once
        byte[] pli = rtcp(new Pli(9, consumer.parameters().ssrc()));

        sfu.subscriberPeer.deliverRtcp(pli);
        sfu.subscriberPeer.deliverRtcp(pli);
        sfu.advance(100);
        assertThat(plisToPublisher()).isEqualTo(1);

        sfu.advance(400);                                  // 500 ms after the first: the pending request goes out
        assertThat(plisToPublisher()).isEqualTo(2);
        sfu.advance(600);
        assertThat(plisToPublisher()).as("nothing more was asked").isEqualTo(2);
        assertThat(consumer.stats().keyframeRequests()).isEqualTo(2);
    }

    @Test
    void publisherSenderReportIsTranslatedToTheConsumersSsrcAndTimeline() {
        Consumer consumer = startVideo();
        long firstOutTs = parse(sfu.subscriberPeer.rtp().get(0)).timestamp();
        long ntp = 0xE7A1_0000_4000_0000L;

        sfu.publisherPeer.deliverRtcp(rtcp(new SenderReport(VIDEO_SSRC, ntp, 9000 + 4500, 2, 20, List.of())));
        sfu.flush();

        List<RtcpPacket> sent = RouterForwardingTest.allRtcp(sfu.subscriberPeer);
        SenderReport sr = (SenderReport) sent.stream().filter(p -> p instanceof SenderReport).findFirst().orElseThrow();
        assertThat(sr.senderSsrc()).isEqualTo(consumer.parameters().ssrc());
        assertThat(sr.ntpTimestamp()).isEqualTo(ntp);
        assertThat(sr.rtpTimestamp()).isEqualTo((firstOutTs + 4500) & 0xFFFF_FFFFL);
        assertThat(sr.packetCount()).isEqualTo(2);
        assertThat(sr.octetCount()).as("payload octets of the two forwarded packets").isEqualTo(9 + 4);
        assertThat(sent).anySatisfy(p -> assertThat(p).isInstanceOfSatisfying(Sdes.class,
                sdes -> assertThat(sdes.chunks().get(0).cname()).isEqualTo("alice")));
    }

    @Test
    void uplinkLossIsNackedAtOnceAndReportedInReceiverReports() {
        startVideo();
        sfu.publisherPeer.deliverRtp(TestPackets.vp8(104, 12000, TestPackets.VP8_CONTINUATION)); // 102, 103 lost
        sfu.advance(1000);

        List<RtcpPacket> toPublisher = RouterForwardingTest.allRtcp(sfu.publisherPeer);
        GenericNack nack = (GenericNack) toPublisher.stream().filter(p -> p instanceof GenericNack).findFirst().orElseThrow();
        assertThat(nack.mediaSsrc()).isEqualTo(VIDEO_SSRC);
        assertThat(nack.lostSequenceNumbers()).containsExactly(102, 103);
        ReceiverReport rr = (ReceiverReport) toPublisher.stream().filter(p -> p instanceof ReceiverReport).findFirst()
                .orElseThrow();
        assertThat(rr.reports().get(0).ssrc()).isEqualTo(VIDEO_SSRC);
        assertThat(rr.reports().get(0).cumulativeLost()).isEqualTo(2);
        assertThat(rr.reports().get(0).extendedHighestSeq()).isEqualTo(104);
    }

    @Test
    void publisherRtxFillsTheGapAndIsForwardedUnderTheNumberTheLostPacketWouldHaveHad() {
        Consumer consumer = startVideo();                                      // 100, 101 forwarded
        sfu.publisherPeer.deliverRtp(TestPackets.vp8(103, 9000, TestPackets.VP8_CONTINUATION)); // 102 lost
        byte[] rtx = TestPackets.rtp(TestPackets.BROWSER_RTX_PT, 5000, 9000, TestPackets.RTX_SSRC, false, "1",
                new byte[] {0, 102, 0x00, 0x42});                              // OSN 102, then the original payload
        sfu.publisherPeer.deliverRtp(rtx);
        sfu.flush();

        List<byte[]> sent = sfu.subscriberPeer.rtp();
        assertThat(sent).hasSize(4);
        int first = parse(sent.get(0)).sequenceNumber();
        RtpPacket repaired = parse(sent.get(3));
        assertThat(repaired.sequenceNumber()).isEqualTo((first + 2) & 0xFFFF);
        assertThat(repaired.ssrc()).isEqualTo(consumer.parameters().ssrc());
        assertThat(RouterForwardingTest.payload(repaired)).containsExactly(0x00, 0x42);
        assertThat(sfu.router.stats().producers().get(0).packetsLost()).isZero();
    }

    @Test
    void anRtxCopyOfAPacketAlreadyReceivedIsDroppedAsRedundant() {
        startVideo();                                                          // 100 and 101 received
        sfu.publisherPeer.deliverRtp(TestPackets.rtp(TestPackets.BROWSER_RTX_PT, 6000, 9000, TestPackets.RTX_SSRC, false, "1",
                new byte[] {0, 101, 0x00, 0x77}));                             // OSN 101: a bandwidth probe
        sfu.flush();

        assertThat(sfu.subscriberPeer.rtp()).hasSize(2);
        assertThat(sfu.router.stats().drops()).containsEntry("SFU_REDUNDANT_RETRANSMISSION", 1L);
        assertThat(sfu.router.stats().producers().get(0).packetsLost()).isZero();
    }

    @Test
    void publisherGetsTransportCcFeedbackForItsTransportWideSequenceNumbers() {
        startVideo();
        sfu.advance(150);

        TransportCc feedback = (TransportCc) RouterForwardingTest.allRtcp(sfu.publisherPeer).stream()
                .filter(p -> p instanceof TransportCc).findFirst().orElseThrow();
        assertThat(feedback.baseSequenceNumber()).isEqualTo(0x1234); // TestPackets writes 0x1234 into every packet
        assertThat(feedback.receivedCount()).isEqualTo(1);
    }

    private long plisToPublisher() {
        return RouterForwardingTest.allRtcp(sfu.publisherPeer).stream().filter(p -> p instanceof Pli).count();
    }

    @Test
    void aKeyframeWantedBeforeThePublisherIsConnectedIsAskedForOnceItIs() {
        WebRtcTransport late = sfu.router.createWebRtcTransport("late-pub");
        late.connect(TestPackets.remote("lateU"));
        FakePeers.Peer lateLink = sfu.peers.peerOf(late);
        Producer producer = sfu.router.produce(late, "late-v", TestPackets.video("1", VIDEO_SSRC, 0)).join();
        sfu.router.consume(sfu.subscriber, "late-c", producer, "5", "bob").join();
        sfu.advance(600);
        assertThat(lateLink.rtcpSent).as("nobody to ask yet").isEmpty();

        lateLink.connected();
        sfu.advance(30);

        assertThat(RouterForwardingTest.allRtcp(lateLink)).filteredOn(p -> p instanceof Pli).hasSize(1);
    }

    @Test
    void aConsumerAsksForItsKeyframeOnlyOnceItsSubscriberIsConnected() {
        Producer producer = sfu.produce(TestPackets.video("1", VIDEO_SSRC, 0));
        WebRtcTransport lateSub = sfu.router.createWebRtcTransport("late-sub");
        lateSub.connect(TestPackets.remote("lateSubU"));
        sfu.router.consume(lateSub, "late-c", producer, "0", "bob").join();
        sfu.advance(600);
        assertThat(plisToPublisher()).as("a keyframe now would be lost on the way").isZero();

        sfu.peers.peerOf(lateSub).connected();
        sfu.flush();

        assertThat(plisToPublisher()).isEqualTo(1);
    }
}
