package dev.parley.media.wire.rtp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * RTP headers captured on loopback (inside a private network namespace) from a call between two peer connections of Debian's
 * Chromium 156. SRTP leaves the header and its extensions in clear; the payloads below are the first encrypted bytes, cut short.
 * Extension ids are the ones Chromium offers: 1 audio level, 2 abs-send-time, 3 transport-wide-cc, 4 mid, 7 video-timing,
 * 8 color-space, 13 video-orientation.
 */
class CapturedChromiumRtpTest {
    static final String AUDIO = """
        90 6f 67 5b   # V=2 X=1 | PT=111 opus | seq 26459
        3d db 71 fe   # timestamp
        fd 3c ee 1b   # SSRC
        be de 00 03   # one-byte extensions, 3 words
        22 4e f2 9c   # id=2 L=2 abs-send-time 0x4ef29c
        31 00 05      # id=3 L=1 transport-wide seq 5
        40 30         # id=4 L=0 mid "0"
        10 ff         # id=1 L=0 audio level: V=1 level 127
        00            # padding
        4c c9 95 3b ae ab 1c 0f   # SRTP-encrypted opus payload (cut)
        """;

    static final String VIDEO = """
        90 f6 0b 2a   # V=2 X=1 | M=1 PT=118 | seq 2858
        0b 92 bd 12   # timestamp
        d4 ac 4a 09   # SSRC
        be de 00 08   # one-byte extensions, 8 words
        22 4e f7 7e   # id=2 abs-send-time
        31 00 0c      # id=3 transport-wide seq 12
        40 31         # id=4 mid "1"
        83 06 06 06 10                                # id=8 L=3 color-space (4 bytes)
        d0 00                                         # id=13 L=0 video orientation 0
        7c 03 00 07 00 0a 00 0e 00 27 00 00 00 00     # id=7 L=12 video-timing (13 bytes)
        00 00                                         # padding
        d0 81 9a 7b f2 49 1d 59                       # SRTP-encrypted VP8 payload (cut)
        """;

    @Test
    void readsChromiumAudioHeader() {
        byte[] buf = Hex.bytes(AUDIO);
        RtpPacket p = RtpPacket.parse(buf, 0, buf.length);

        assertThat(p.payloadType()).isEqualTo(111);
        assertThat(p.sequenceNumber()).isEqualTo(0x675b);
        assertThat(p.ssrc()).isEqualTo(0xfd3cee1bL);
        assertThat(p.headerLength()).isEqualTo(28);
        assertThat(AbsSendTimeExtension.value(p, 2)).isEqualTo(0x4ef29c);
        assertThat(TransportCcExtension.sequenceNumber(p, 3)).isEqualTo(5);
        assertThat(SdesExtension.read(p, 4)).isEqualTo("0");
        assertThat(AudioLevelExtension.level(p, 1)).isEqualTo(127);
        assertThat(AudioLevelExtension.voice(p, 1)).isTrue();
    }

    @Test
    void readsChromiumVideoHeaderWithLongExtensions() {
        byte[] buf = Hex.bytes(VIDEO);
        RtpPacket p = RtpPacket.parse(buf, 0, buf.length);

        assertThat(p.marker()).isTrue();
        assertThat(p.payloadType()).isEqualTo(118);
        assertThat(p.headerLength()).isEqualTo(48);
        assertThat(p.payloadLength()).isEqualTo(8);
        assertThat(TransportCcExtension.sequenceNumber(p, 3)).isEqualTo(12);
        assertThat(SdesExtension.read(p, 4)).isEqualTo("1");
        assertThat(p.extensionLength(p.findExtension(8))).isEqualTo(4);
        assertThat(p.extensionLength(p.findExtension(7))).isEqualTo(13);
        assertThat(p.findExtension(13, 1)).isGreaterThan(0);
        assertThat(p.findExtension(10)).isEqualTo(-1);

        assertThat(TransportCcExtension.setSequenceNumber(p, 3, 40000)).isTrue();
        assertThat(TransportCcExtension.sequenceNumber(RtpPacket.parse(buf, 0, buf.length), 3)).isEqualTo(40000);
    }
}
