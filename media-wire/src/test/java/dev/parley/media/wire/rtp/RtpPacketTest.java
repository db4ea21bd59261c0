package dev.parley.media.wire.rtp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RtpPacketTest {
    /** Shaped like a Chromium opus packet: audio level (id 1), transport-cc (id 3), mid (id 4). */
    static final String ONE_BYTE = """
        90 6f 12 34   # V=2 P=0 X=1 CC=0 | M=0 PT=111 | seq=0x1234
        00 00 03 e8   # timestamp=1000
        11 22 33 44   # SSRC=0x11223344
        be de 00 02   # RFC 8285 one-byte profile, 2 words follow
        10 9e         # id=1 L=0 : V=1 level=30
        31 01 02      # id=3 L=1 : transport-wide seq 0x0102
        40 31         # id=4 L=0 : mid "1"
        00            # padding
        de ad be ef   # payload
        """;

    @Test
    void parsesFixedHeaderAndOneByteExtensions() {
        byte[] buf = Hex.bytes(ONE_BYTE);
        RtpPacket p = RtpPacket.parse(buf, 0, buf.length);

        assertThat(p).isNotNull();
        assertThat(p.version()).isEqualTo(2);
        assertThat(p.hasExtension()).isTrue();
        assertThat(p.hasPadding()).isFalse();
        assertThat(p.marker()).isFalse();
        assertThat(p.payloadType()).isEqualTo(111);
        assertThat(p.sequenceNumber()).isEqualTo(0x1234);
        assertThat(p.timestamp()).isEqualTo(1000);
        assertThat(p.ssrc()).isEqualTo(0x11223344L);
        assertThat(p.headerLength()).isEqualTo(24);
        assertThat(p.payloadOffset()).isEqualTo(24);
        assertThat(p.payloadLength()).isEqualTo(4);
        assertThat(p.extensionForm()).isEqualTo(1);
        assertThat(AudioLevelExtension.level(p, 1)).isEqualTo(30);
        assertThat(AudioLevelExtension.voice(p, 1)).isTrue();
        assertThat(TransportCcExtension.sequenceNumber(p, 3)).isEqualTo(0x0102);
        assertThat(SdesExtension.read(p, 4)).isEqualTo("1");
        assertThat(SdesExtension.matches(p, 4, "1")).isTrue();
        assertThat(SdesExtension.matches(p, 4, "2")).isFalse();
        assertThat(p.findExtension(2)).isEqualTo(-1);
        assertThat(AudioLevelExtension.level(p, 2)).isEqualTo(-1);
    }

    @Test
    void parsesTwoByteExtensionsIncludingZeroLength() {
        byte[] buf = Hex.bytes("""
            90 60 00 01  00 00 00 02  00 00 00 03   # X=1 PT=96 seq=1 ts=2 ssrc=3
            10 00 00 02   # RFC 8285 two-byte profile 0x100, appbits 0, 2 words
            03 02 ab cd   # id=3 len=2 : 0xabcd
            05 00         # id=5 len=0
            00 00         # padding
            01 02 03      # payload
            """);
        RtpPacket p = RtpPacket.parse(buf, 0, buf.length);

        assertThat(p.extensionForm()).isEqualTo(2);
        assertThat(TransportCcExtension.sequenceNumber(p, 3)).isEqualTo(0xabcd);
        int five = p.findExtension(5);
        assertThat(five).isEqualTo(22);
        assertThat(p.extensionLength(five)).isZero();
        assertThat(p.payloadLength()).isEqualTo(3);
    }

    @Test
    void settersRewriteInPlaceAtAnOffset() {
        byte[] packet = Hex.bytes(ONE_BYTE);
        byte[] buf = new byte[packet.length + 10];
        System.arraycopy(packet, 0, buf, 5, packet.length);
        RtpPacket p = RtpPacket.parse(buf, 5, packet.length);

        p.setMarker(true);
        p.setPayloadType(100);
        p.setSequenceNumber(65535);
        p.setTimestamp(0xFFFFFFFFL);
        p.setSsrc(0xCAFEBABEL);
        assertThat(TransportCcExtension.setSequenceNumber(p, 3, 0xBEEF)).isTrue();

        RtpPacket again = RtpPacket.parse(buf, 5, packet.length);
        assertThat(again.marker()).isTrue();
        assertThat(again.payloadType()).isEqualTo(100);
        assertThat(again.sequenceNumber()).isEqualTo(65535);
        assertThat(again.timestamp()).isEqualTo(0xFFFFFFFFL);
        assertThat(again.ssrc()).isEqualTo(0xCAFEBABEL);
        assertThat(TransportCcExtension.sequenceNumber(again, 3)).isEqualTo(0xBEEF);
        assertThat(Arrays.copyOfRange(buf, again.payloadOffset(), again.payloadOffset() + 4))
            .isEqualTo(new byte[] {(byte) 0xde, (byte) 0xad, (byte) 0xbe, (byte) 0xef});
    }

    @Test
    void rewriteExtensionNeedsEqualLength() {
        byte[] buf = Hex.bytes(ONE_BYTE);
        RtpPacket p = RtpPacket.parse(buf, 0, buf.length);

        assertThat(p.rewriteExtension(4, new byte[] {'2'}, 0, 1)).isTrue();
        assertThat(SdesExtension.read(p, 4)).isEqualTo("2");
        assertThat(p.rewriteExtension(4, new byte[] {'2', '3'}, 0, 2)).isFalse();
        assertThat(p.rewriteExtension(9, new byte[] {'2'}, 0, 1)).isFalse();
    }

    @Test
    void paddingAndCsrcsAreAccountedFor() {
        byte[] buf = Hex.bytes("""
            a2 e0 00 07  00 00 00 08  00 00 00 09   # P=1 CC=2 | M=1 PT=96 | seq=7 ts=8 ssrc=9
            00 00 00 0a  00 00 00 0b                # CSRC 10, 11
            aa bb                                   # payload
            00 00 03                                # 3 bytes of padding, count last
            """);
        RtpPacket p = RtpPacket.parse(buf, 0, buf.length);

        assertThat(p.csrcCount()).isEqualTo(2);
        assertThat(p.csrc(1)).isEqualTo(11);
        assertThat(p.marker()).isTrue();
        assertThat(p.headerLength()).isEqualTo(20);
        assertThat(p.paddingLength()).isEqualTo(3);
        assertThat(p.payloadLength()).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "40 60 00 01 00 00 00 02 00 00 00 03",             // version 1
        "80 60 00 01 00 00 00 02 00 00 00",                // fixed header truncated (11 bytes)
        "81 60 00 01 00 00 00 02 00 00 00 03",             // CC=1 but no CSRC
        "90 60 00 01 00 00 00 02 00 00 00 03 be de",       // extension header truncated
        "90 60 00 01 00 00 00 02 00 00 00 03 be de 00 01", // extension says 1 word, none present
        "a0 60 00 01 00 00 00 02 00 00 00 03 aa 00",       // padding count 0
        "a0 60 00 01 00 00 00 02 00 00 00 03 aa 03",       // padding longer than payload
    })
    void rejectsMalformedPackets(String hex) {
        byte[] buf = Hex.bytes(hex);
        assertThat(RtpPacket.parse(buf, 0, buf.length)).isNull();
    }

    @Test
    void rejectsOutOfBoundsRanges() {
        byte[] buf = Hex.bytes(ONE_BYTE);
        assertThat(RtpPacket.parse(buf, 4, buf.length)).isNull();
        assertThat(RtpPacket.parse(buf, -1, 12)).isNull();
        assertThat(RtpPacket.parse(null, 0, 12)).isNull();
    }

    @Test
    void truncatedExtensionElementIsNotFound() {
        byte[] buf = Hex.bytes("""
            90 60 00 01  00 00 00 02  00 00 00 03
            be de 00 01   # one word
            00 00 00 13   # padding, then id=1 L=3 claims 4 bytes but the block ends
            """);
        RtpPacket p = RtpPacket.parse(buf, 0, buf.length);
        assertThat(p).isNotNull();
        assertThat(p.findExtension(1)).isEqualTo(-1);
    }

    @Test
    void headerWriterProducesWhatTheParserReads() {
        byte[] buf = new byte[64];
        int header = new RtpHeaderWriter(buf, 2).header(96, true, 40000, 123456789L, 0xDEADBEEFL)
            .extension(3, new byte[] {0x01, 0x02})
            .extension(4, "0".getBytes())
            .finish();
        RtpPacket p = RtpPacket.parse(buf, 2, header + 10);

        assertThat(header).isEqualTo(12 + 4 + 8);
        assertThat(p.payloadType()).isEqualTo(96);
        assertThat(p.marker()).isTrue();
        assertThat(p.sequenceNumber()).isEqualTo(40000);
        assertThat(p.timestamp()).isEqualTo(123456789L);
        assertThat(p.ssrc()).isEqualTo(0xDEADBEEFL);
        assertThat(TransportCcExtension.sequenceNumber(p, 3)).isEqualTo(0x0102);
        assertThat(SdesExtension.read(p, 4)).isEqualTo("0");
        assertThat(p.payloadLength()).isEqualTo(10);
    }

    @Test
    void absSendTimeReadsTwentyFourBits() {
        byte[] buf = new byte[40];
        int header = new RtpHeaderWriter(buf, 0).header(96, false, 1, 1, 1)
            .extension(2, new byte[] {0x40, 0x00, 0x00}).finish();
        RtpPacket p = RtpPacket.parse(buf, 0, header);

        assertThat(AbsSendTimeExtension.value(p, 2)).isEqualTo(0x400000);
        assertThat(AbsSendTimeExtension.fromMicros(16_000_000L)).isEqualTo(0x400000);
        assertThat(AbsSendTimeExtension.setValue(p, 2, 0x123456)).isTrue();
        assertThat(AbsSendTimeExtension.value(p, 2)).isEqualTo(0x123456);
    }
}
