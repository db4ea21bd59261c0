package dev.parley.media.wire.rtp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RtxTest {
    static final String RTX = """
        90 e1 00 05   # X=1 | M=1 PT=97 (rtx) | rtx seq=5
        00 01 5f 90   # timestamp=90000 (same as the original)
        00 00 00 bb   # rtx SSRC=0xbb
        be de 00 01   # one-byte extensions, 1 word
        31 00 07 00   # id=3 L=1 : transport-wide seq 7, then padding
        30 39         # OSN=12345
        01 02 03      # original payload
        """;

    @Test
    void readsTheOriginalSequenceNumber() {
        byte[] buf = Hex.bytes(RTX);
        assertThat(Rtx.originalSequenceNumber(RtpPacket.parse(buf, 0, buf.length))).isEqualTo(12345);
    }

    @Test
    void restoresTheOriginalPacket() {
        byte[] buf = Hex.bytes(RTX);
        byte[] dst = new byte[64];
        int written = Rtx.restore(RtpPacket.parse(buf, 0, buf.length), 96, 0xAAL, dst, 3);

        assertThat(written).isEqualTo(buf.length - 2);
        RtpPacket original = RtpPacket.parse(dst, 3, written);
        assertThat(original.payloadType()).isEqualTo(96);
        assertThat(original.marker()).isTrue();
        assertThat(original.sequenceNumber()).isEqualTo(12345);
        assertThat(original.timestamp()).isEqualTo(90000);
        assertThat(original.ssrc()).isEqualTo(0xAA);
        assertThat(TransportCcExtension.sequenceNumber(original, 3)).isEqualTo(7);
        assertThat(Arrays.copyOfRange(dst, original.payloadOffset(), original.payloadOffset() + 3)).containsExactly(1, 2, 3);
    }

    @Test
    void wrapThenRestoreGivesBackTheOriginal() {
        byte[] original = new byte[40];
        int header = new RtpHeaderWriter(original, 0).header(96, false, 777, 3000, 0x1234).finish();
        original[header] = 9;
        original[header + 1] = 8;
        RtpPacket packet = RtpPacket.parse(original, 0, header + 2);

        byte[] rtx = new byte[40];
        int rtxLength = Rtx.wrap(packet, 97, 0x5678, 1, rtx, 0);
        RtpPacket rtxPacket = RtpPacket.parse(rtx, 0, rtxLength);
        assertThat(rtxPacket.ssrc()).isEqualTo(0x5678);
        assertThat(rtxPacket.sequenceNumber()).isEqualTo(1);
        assertThat(Rtx.originalSequenceNumber(rtxPacket)).isEqualTo(777);

        byte[] back = new byte[40];
        int backLength = Rtx.restore(rtxPacket, 96, 0x1234, back, 0);
        assertThat(Arrays.copyOf(back, backLength)).isEqualTo(Arrays.copyOf(original, header + 2));
    }

    @Test
    void refusesShortPayloadsAndSmallBuffers() {
        byte[] probe = new byte[13];
        new RtpHeaderWriter(probe, 0).header(97, false, 1, 1, 1).finish();
        RtpPacket onePayloadByte = RtpPacket.parse(probe, 0, 13);
        assertThat(Rtx.originalSequenceNumber(onePayloadByte)).isEqualTo(-1);
        assertThat(Rtx.restore(onePayloadByte, 96, 1, new byte[64], 0)).isEqualTo(-1);

        byte[] buf = Hex.bytes(RTX);
        assertThat(Rtx.restore(RtpPacket.parse(buf, 0, buf.length), 96, 1, new byte[10], 0)).isEqualTo(-1);
    }
}
