package dev.parley.media.sfu;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.media.sfu.rtp.ConsumerParameters;
import dev.parley.media.sfu.rtp.MediaKind;
import dev.parley.media.sfu.rtp.SfuCapabilities;
import dev.parley.media.wire.rtp.RtpPacket;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The bytes a Consumer sends, from annotated hex: header rewritten, a fresh RFC 8285 one-byte block, payload untouched. */
class OutboundPacketTest {
    private static final long MS = 1_000_000L;

    /** Annotated hex → bytes: everything after '#' on a line is a comment. */
    static byte[] hex(String annotated) {
        return HexFormat.of().parseHex(annotated.replaceAll("#[^\n]*", "").replaceAll("\\s", ""));
    }

    private static ConsumerParameters consumer(MediaKind kind, long ssrc, long rtxSsrc) {
        return new ConsumerParameters("0", kind, SfuCapabilities.sendCodec(kind), SfuCapabilities.sendExtensions(kind), ssrc,
                rtxSsrc, "cname", "stream", "track");
    }

    private static byte[] written(byte[] dst, int len) {
        return Arrays.copyOf(dst, len);
    }

    @Test
    void audioKeepsTheLevelUnderOurIdAndNumbersTransportCcAfresh() {
        byte[] in = hex("""
                90 6d 00 07   # V=2 X=1 CC=0 | M=0 PT=109 (the browser's Opus) | seq 7
                00 00 03 c0   # timestamp 960
                33 33 33 33   # publisher SSRC
                be de 00 02   # RFC 8285 one-byte block, 2 words
                31 12 34      # id 3 (transport-cc) L=1: 0x1234
                10 85         # id 1 (audio level) L=0: V=1, level 5
                00 00 00      # padding
                01 02 03      # Opus payload
                """);
        OutboundPacket out = new OutboundPacket(consumer(MediaKind.AUDIO, 0xCAFE_BABEL, 0), 1);
        byte[] dst = new byte[1500];

        int len = out.write(RtpPacket.parse(in, 0, in.length), 0x0100, 0x1000, 0x0042, 0, dst);

        assertThat(written(dst, len)).containsExactly(hex("""
                90 6f 01 00   # V=2 X=1 | M=0 PT=111 (SfuCapabilities.OPUS) | seq 256 (rewritten)
                00 00 10 00   # timestamp 4096 (rewritten)
                ca fe ba be   # the Consumer's SSRC
                be de 00 02   # our block, 2 words
                10 85         # id 1 (audio level on the recv connection), copied
                31 00 42      # id 3 (transport-cc) = this transport's counter
                00 00 00      # padding
                01 02 03      # payload, untouched
                """));
    }

    @Test
    void videoGetsAbsSendTimeAndLosesThePublishersPaddingAndExtensions() {
        byte[] in = hex("""
                b0 e4 00 09   # V=2 P=1 X=1 | M=1 PT=100 (the browser's VP8) | seq 9
                00 01 5f 90   # timestamp 90000
                11 11 11 11   # publisher SSRC
                be de 00 01   # one word of extensions
                41 31         # id 4 (mid) L=0: "1"
                00 00         # padding
                10 50 01      # VP8 descriptor S=1, keyframe payload header
                00 00 03      # RTP padding: 3 bytes, the last one counts them
                """);
        OutboundPacket out = new OutboundPacket(consumer(MediaKind.VIDEO, 0x0102_0304L, 0x0506_0708L), -1);
        byte[] dst = new byte[1500];

        int len = out.write(RtpPacket.parse(in, 0, in.length), 0xFFFF, 0xFFFF_FFFFL, 7, 1500 * MS, dst);

        assertThat(written(dst, len)).containsExactly(hex("""
                90 e0 ff ff   # V=2 P=0 X=1 | M=1 PT=96 (SfuCapabilities.VP8) | seq 65535
                ff ff ff ff   # timestamp 2^32-1
                01 02 03 04   # the Consumer's SSRC
                be de 00 02   # our block, 2 words
                22 06 00 00   # id 2 (abs-send-time) L=2: 1.5 s in 6.18 fixed point = 0x060000
                31 00 07      # id 3 (transport-cc) = 7
                00            # padding
                10 50 01      # payload without the RTP padding
                """));
    }

    @Test
    void aRetransmissionIsWrappedAsRtxWithTheOriginalSequenceNumberAndFreshTransportCc() {
        OutboundPacket out = new OutboundPacket(consumer(MediaKind.VIDEO, 0x0102_0304L, 0x0506_0708L), -1);
        byte[] in = hex("90 64 00 09  00 01 5f 90  11 11 11 11  be de 00 01  41 31 00 00  aa bb");
        byte[] dst = new byte[1500];

        // rebuilt from the source packet as the Producer received it, with the values the Consumer first sent it with
        int len = out.retransmission(RtpPacket.parse(in, 0, in.length), 0x2222, 0x10, 0x0033, 0x0099, 0, dst);

        assertThat(written(dst, len)).containsExactly(hex("""
                90 61 00 33   # V=2 X=1 | M=0 PT=97 (RTX of VP8) | RTX seq 0x33
                00 00 00 10   # same timestamp
                05 06 07 08   # the Consumer's RTX SSRC
                be de 00 02
                22 00 00 00   # abs-send-time: sent at time 0 again
                31 00 99      # transport-cc renumbered: 0x99
                00
                22 22         # OSN: the sequence number the subscriber NACKed (RFC 4588 §4)
                aa bb         # original payload
                """));
    }

    @Test
    void withoutRtxThePacketIsResentAsFirstSentWithFreshTransportCc() {
        OutboundPacket out = new OutboundPacket(consumer(MediaKind.VIDEO, 0x0102_0304L, 0), -1);
        byte[] in = hex("80 64 00 09  00 01 5f 90  11 11 11 11  aa bb");
        byte[] sent = new byte[1500];
        int sentLength = out.write(RtpPacket.parse(in, 0, in.length), 0x2222, 0x10, 7, 0, sent);
        byte[] dst = new byte[1500];

        int len = out.retransmission(RtpPacket.parse(in, 0, in.length), 0x2222, 0x10, 0, 0x0099, 0, dst);

        assertThat(len).isEqualTo(sentLength);

        assertThat(written(dst, len)).containsExactly(hex("""
                90 60 22 22   # the packet as first sent: PT=96, seq 0x2222
                00 00 00 10
                01 02 03 04   # media SSRC (no RTX negotiated)
                be de 00 02
                22 00 00 00   # abs-send-time
                31 00 99      # transport-cc renumbered: 0x0007 → 0x0099
                00
                aa bb
                """));
    }
}
