package dev.parley.media.sfu;

import static dev.parley.media.sfu.TestPackets.VIDEO_SSRC;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.media.sfu.browser.FakeBrowser;
import dev.parley.media.sfu.rtp.SfuCapabilities;
import dev.parley.media.wire.rtcp.GenericNack;
import dev.parley.media.wire.rtcp.Pli;
import dev.parley.media.wire.rtcp.RtcpCompound;
import dev.parley.media.wire.rtcp.RtcpPacket;
import dev.parley.media.wire.rtcp.SenderReport;
import dev.parley.media.wire.rtp.RtpPacket;
import dev.parley.media.wire.rtp.Rtx;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The whole media plane in one JVM over loopback UDP: two fake browsers (ICE check, DTLS client, SRTP) connect to a real
 * MediaServer; one publishes VP8, the other receives it rewritten, NACKs and gets RTX, sends PLI and the publisher gets a PLI.
 */
class SfuLoopbackIntegrationTest {
    private MediaServer server;
    private FakeBrowser alice;
    private FakeBrowser bob;

    @AfterEach
    void tearDown() throws Exception {
        if (alice != null) {
            alice.close();
        }
        if (bob != null) {
            bob.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void publishesForwardsRetransmitsAndRequestsKeyframesThenCleansUp() throws Exception {
        server = MediaServer.start(MediaConfig.loopback());
        Router router = server.createRouter("it", RouterListener.NONE);
        WebRtcTransport send = router.createWebRtcTransport("alice-send");
        WebRtcTransport recv = router.createWebRtcTransport("bob-recv");
        alice = new FakeBrowser("alice", server.port());
        bob = new FakeBrowser("bob", server.port());
        send.connect(alice.parameters());
        recv.connect(bob.parameters());
        alice.connect(send.localParameters());
        bob.connect(recv.localParameters());
        awaitState(send, TransportState.CONNECTED);
        awaitState(recv, TransportState.CONNECTED);

        Producer producer = router.produce(send, "cam", TestPackets.video("1", VIDEO_SSRC, TestPackets.RTX_SSRC)).join();
        Consumer consumer = router.consume(recv, "cam-bob", producer, "0", "alice").join();
        RtcpPacket firstPli = awaitRtcp(alice.rtcp, p -> p instanceof Pli pli && pli.mediaSsrc() == VIDEO_SSRC);
        assertThat(firstPli).as("a new video consumer asks for a keyframe").isNotNull();

        // 1. media: a keyframe and the next packet arrive at bob under the consumer's SSRC, numbered contiguously
        alice.sendRtp(TestPackets.vp8(500, 1000, TestPackets.VP8_KEYFRAME));
        alice.sendRtp(TestPackets.vp8(501, 1000, TestPackets.VP8_CONTINUATION));
        RtpPacket first = parse(bob.rtp.poll(2, TimeUnit.SECONDS));
        RtpPacket second = parse(bob.rtp.poll(2, TimeUnit.SECONDS));
        assertThat(first.ssrc()).isEqualTo(consumer.parameters().ssrc());
        assertThat(first.payloadType()).isEqualTo(SfuCapabilities.VP8.payloadType());
        assertThat(second.sequenceNumber()).isEqualTo((first.sequenceNumber() + 1) & 0xFFFF);
        assertThat(RouterForwardingTest.payload(second)).containsExactly(TestPackets.VP8_CONTINUATION);

        // 2. bob NACKs the second packet: it comes back as RTX carrying the original sequence number
        bob.sendRtcp(write(GenericNack.of(0x5EED, consumer.parameters().ssrc(), new int[] {second.sequenceNumber()})));
        RtpPacket rtx = parse(bob.rtp.poll(2, TimeUnit.SECONDS));
        assertThat(rtx.ssrc()).isEqualTo(consumer.parameters().rtxSsrc());
        assertThat(rtx.payloadType()).isEqualTo(SfuCapabilities.VP8.rtxPayloadType());
        assertThat(Rtx.originalSequenceNumber(rtx)).isEqualTo(second.sequenceNumber());
        assertThat(rtx.timestamp()).isEqualTo(second.timestamp());
        assertThat(java.util.Arrays.copyOfRange(rtx.buffer(), rtx.payloadOffset() + Rtx.OVERHEAD,
                rtx.payloadOffset() + rtx.payloadLength())).as("rebuilt from the Producer's cache: the payload bob missed")
                .containsExactly(TestPackets.VP8_CONTINUATION);

        // 3. bob sends PLI: alice gets a PLI for her camera (paced: the consume PLI was < 500 ms ago, so it waits its turn)
        bob.sendRtcp(write(new Pli(0x5EED, consumer.parameters().ssrc())));
        assertThat(awaitRtcp(alice.rtcp, p -> p instanceof Pli pli && pli.mediaSsrc() == VIDEO_SSRC)).isNotNull();

        // 4. alice's Sender Report reaches bob translated to the consumer's SSRC and timeline
        alice.sendRtcp(write(new SenderReport(VIDEO_SSRC, 0xE000_0000_8000_0000L, 1000 + 9000, 2, 100, List.of())));
        RtcpPacket sr = awaitRtcp(bob.rtcp, p -> p instanceof SenderReport);
        assertThat(sr).isNotNull();
        assertThat(((SenderReport) sr).senderSsrc()).isEqualTo(consumer.parameters().ssrc());
        assertThat(((SenderReport) sr).rtpTimestamp()).isEqualTo((first.timestamp() + 9000) & 0xFFFF_FFFFL);

        MediaStats stats = server.stats();
        assertThat(stats.routers()).isEqualTo(1);
        assertThat(stats.transports()).isEqualTo(2);
        assertThat(stats.producers()).isEqualTo(1);
        assertThat(stats.consumers()).isEqualTo(1);
        assertThat(stats.packetsIn()).isGreaterThan(5);
        assertThat(consumer.stats().retransmitted()).isEqualTo(1);

        // 5. closing the router releases everything: its loop thread ends, the sessions close
        router.close();
        assertThat(router.isClosed()).isTrue();
        assertThat(server.router("it")).isEmpty();
        assertThat(send.state()).isEqualTo(TransportState.CLOSED);
        assertThat(liveThreads("router-it")).isEmpty();
        server.close();
        server = null;
        assertThat(liveThreads("parley-udp-")).isEmpty();
    }

    private static void awaitState(WebRtcTransport transport, TransportState state) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (transport.state() != state && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(transport.state()).isEqualTo(state);
    }

    private static RtcpPacket awaitRtcp(BlockingQueue<byte[]> queue, Predicate<RtcpPacket> wanted)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        while (System.nanoTime() < deadline) {
            byte[] compound = queue.poll(50, TimeUnit.MILLISECONDS);
            if (compound != null) {
                for (RtcpPacket p : RtcpCompound.parse(compound, 0, compound.length)) {
                    if (wanted.test(p)) {
                        return p;
                    }
                }
            }
        }
        return null;
    }

    private static RtpPacket parse(byte[] bytes) {
        assertThat(bytes).as("a packet within the timeout").isNotNull();
        return RtpPacket.parse(bytes, 0, bytes.length);
    }

    private static byte[] write(RtcpPacket packet) {
        byte[] buf = new byte[packet.size()];
        packet.write(buf, 0);
        return buf;
    }

    private static List<String> liveThreads(String prefix) {
        List<String> names = new ArrayList<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.isAlive() && t.getName().startsWith(prefix)) {
                names.add(t.getName());
            }
        }
        return names;
    }
}
