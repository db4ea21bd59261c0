package dev.parley.media.sfu;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.media.sfu.rtp.MediaKind;
import dev.parley.media.sfu.rtp.ProducerParameters;
import dev.parley.media.sfu.rtp.RtpCodec;
import dev.parley.media.sfu.rtp.RtpEncoding;
import dev.parley.media.wire.codec.Vp8PayloadDescriptor;
import dev.parley.media.wire.rtcp.GenericNack;
import dev.parley.media.wire.rtcp.Pli;
import dev.parley.media.wire.rtcp.RtcpCompound;
import dev.parley.media.wire.rtp.RtpHeaderWriter;
import dev.parley.media.wire.rtp.RtpPacket;
import dev.parley.media.wire.rtp.Rtx;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A simulcast Producer (rids q and f, SSRCs learned from the rid extension): Consumers follow the highest layer sending. */
class SimulcastForwardingTest {
    private static final long Q_SSRC = 0xAAAA_0001L;
    private static final long F_SSRC = 0xAAAA_0003L;

    private final SfuHarness sfu = new SfuHarness();

    @AfterEach
    void close() {
        sfu.close();
    }

    private static ProducerParameters simulcastVideo() {
        RtpCodec vp8 = new RtpCodec("video/VP8", TestPackets.BROWSER_VP8_PT, 90000, 1, Map.of(),
                List.of("nack", "nack pli", "transport-cc"), TestPackets.BROWSER_RTX_PT);
        return new ProducerParameters("1", MediaKind.VIDEO, vp8, TestPackets.browserExtensions(),
                List.of(new RtpEncoding("q", 0, 0), new RtpEncoding("f", 0, 0)), null, null, null);
    }

    /** A VP8 packet of one layer: mid and rid extensions, descriptor with a 15-bit picture id, key or delta frame. */
    private static byte[] layer(String rid, long ssrc, int seq, long ts, int pictureId, boolean keyframe) {
        byte[] buf = new byte[200];
        int header = new RtpHeaderWriter(buf, 0).header(TestPackets.BROWSER_VP8_PT, true, seq, ts, ssrc)
                .extension(TestPackets.EXT_MID, "1".getBytes())
                .extension(TestPackets.EXT_RID, rid.getBytes()).finish();
        byte[] payload = {
            (byte) 0x90,                                // X=1 S=1 PID=0
            (byte) 0x80,                                // I=1: picture id present
            (byte) (0x80 | (pictureId >> 8)), (byte) pictureId, // M=1: 15-bit picture id
            (byte) (keyframe ? 0x50 : 0x51)             // VP8 payload header, P bit: 0 = keyframe
        };
        System.arraycopy(payload, 0, buf, header, payload.length);
        return Arrays.copyOf(buf, header + payload.length);
    }

    private static int pictureId(byte[] sent) {
        RtpPacket p = RtpPacket.parse(sent, 0, sent.length);
        Vp8PayloadDescriptor d = new Vp8PayloadDescriptor();
        d.parse(p.buffer(), p.payloadOffset(), p.payloadLength());
        return d.pictureId();
    }

    @Test
    void followsTheHighestLayerAtItsKeyframeWithContinuousNumbers() {
        Producer producer = sfu.produce(simulcastVideo());
        Consumer consumer = sfu.consume(producer);

        sfu.publisherPeer.deliverRtp(layer("q", Q_SSRC, 10, 1000, 100, true));     // only q so far: forwarded
        sfu.publisherPeer.deliverRtp(layer("q", Q_SSRC, 11, 4000, 101, false));
        sfu.publisherPeer.deliverRtp(layer("f", F_SSRC, 500, 77000, 9000, false)); // f starts: not at a keyframe
        sfu.advance(30);
        assertThat(RouterForwardingTest.allRtcp(sfu.publisherPeer)).as("a keyframe is asked of the f layer")
                .anySatisfy(p -> assertThat(p).isInstanceOfSatisfying(Pli.class,
                        pli -> assertThat(pli.mediaSsrc()).isEqualTo(F_SSRC)));

        sfu.publisherPeer.deliverRtp(layer("f", F_SSRC, 501, 80000, 9001, true));  // switch here
        sfu.publisherPeer.deliverRtp(layer("q", Q_SSRC, 12, 7000, 102, false));    // q is no longer forwarded
        sfu.publisherPeer.deliverRtp(layer("f", F_SSRC, 502, 83000, 9002, false));
        sfu.flush();

        List<byte[]> sent = sfu.subscriberPeer.rtp();
        assertThat(sent).hasSize(4);
        RtpPacket first = RtpPacket.parse(sent.get(0), 0, sent.get(0).length);
        for (int i = 0; i < sent.size(); i++) {
            RtpPacket p = RtpPacket.parse(sent.get(i), 0, sent.get(i).length);
            assertThat(p.ssrc()).isEqualTo(consumer.parameters().ssrc());
            assertThat(p.sequenceNumber()).isEqualTo((first.sequenceNumber() + i) & 0xFFFF);
            assertThat(pictureId(sent.get(i))).as("picture id of packet %d", i).isEqualTo(100 + i);
        }
        RtpPacket switched = RtpPacket.parse(sent.get(2), 0, sent.get(2).length);
        long second = RtpPacket.parse(sent.get(1), 0, sent.get(1).length).timestamp();
        assertThat((switched.timestamp() - second) & 0xFFFF_FFFFL).as("timeline moves on by the 30 ms that passed")
                .isBetween(2000L, 3000L);
    }

    @Test
    void nacksBeforeAndAfterALayerSwitchAreAnsweredFromTheRightLayerWithThePictureIdsFirstSent() {
        Producer producer = sfu.produce(simulcastVideo());
        Consumer consumer = sfu.consume(producer);
        sfu.publisherPeer.deliverRtp(layer("q", Q_SSRC, 65535, 1000, 100, true));  // q's numbers wrap during the run
        sfu.publisherPeer.deliverRtp(layer("q", Q_SSRC, 0, 4000, 101, false));
        sfu.publisherPeer.deliverRtp(layer("f", F_SSRC, 500, 77000, 9000, false));
        sfu.advance(30);
        sfu.publisherPeer.deliverRtp(layer("f", F_SSRC, 501, 80000, 9001, true));  // switch to f
        sfu.publisherPeer.deliverRtp(layer("f", F_SSRC, 502, 83000, 9002, false));
        sfu.flush();
        List<byte[]> sent = sfu.subscriberPeer.rtp();
        assertThat(sent).hasSize(4);
        RtpPacket beforeSwitch = RtpPacket.parse(sent.get(1), 0, sent.get(1).length);
        RtpPacket afterSwitch = RtpPacket.parse(sent.get(3), 0, sent.get(3).length);

        GenericNack nack = GenericNack.of(9, consumer.parameters().ssrc(),
                new int[] {beforeSwitch.sequenceNumber(), afterSwitch.sequenceNumber()});
        byte[] rtcp = new byte[RtcpCompound.size(List.of(nack))];
        RtcpCompound.write(List.of(nack), rtcp, 0);
        sfu.subscriberPeer.deliverRtcp(rtcp);
        sfu.flush();

        List<byte[]> all = sfu.subscriberPeer.rtp();
        assertThat(all).hasSize(6);
        for (int i = 0; i < 2; i++) {
            RtpPacket original = i == 0 ? beforeSwitch : afterSwitch;
            RtpPacket rtx = RtpPacket.parse(all.get(4 + i), 0, all.get(4 + i).length);
            assertThat(Rtx.originalSequenceNumber(rtx)).isEqualTo(original.sequenceNumber());
            assertThat(rtx.timestamp()).isEqualTo(original.timestamp());
            Vp8PayloadDescriptor d = new Vp8PayloadDescriptor();
            d.parse(rtx.buffer(), rtx.payloadOffset() + Rtx.OVERHEAD, rtx.payloadLength() - Rtx.OVERHEAD);
            assertThat(d.pictureId()).as("picture id as first sent").isEqualTo(i == 0 ? 101 : 103);
        }
    }

    @Test
    void fallsBackToTheLowerLayerWhenTheTopOneStops() {
        Producer producer = sfu.produce(simulcastVideo());
        sfu.consume(producer);
        sfu.publisherPeer.deliverRtp(layer("q", Q_SSRC, 10, 1000, 1, true));
        sfu.publisherPeer.deliverRtp(layer("f", F_SSRC, 500, 1000, 50, true));     // f keyframe: switch up
        sfu.flush();

        sfu.advance(1100);                                                          // f silent for over a second
        sfu.publisherPeer.deliverRtp(layer("q", Q_SSRC, 11, 100000, 2, true));     // q keyframe: switch back down
        sfu.flush();

        List<byte[]> sent = sfu.subscriberPeer.rtp();
        assertThat(sent).hasSize(3);
        assertThat(sent).extracting(SimulcastForwardingTest::pictureId).as("q 1, f 50, q 2 → one continuous run")
                .containsExactly(1, 2, 3);
    }
}
