package dev.parley.media.wire.rtp;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

class RtpPacketPropertyTest {
    @Property
    void randomBytesNeverThrow(@ForAll @Size(max = 200) byte[] bytes, @ForAll @IntRange(min = 0, max = 210) int len) {
        RtpPacket p = RtpPacket.parse(bytes, 0, Math.min(len, bytes.length));
        if (p != null) {
            for (int id = 0; id < 256; id++) {
                int at = p.findExtension(id);
                assertThat(at == -1 || at + p.extensionLength(at) <= bytes.length).isTrue();
            }
            assertThat(p.payloadLength()).isNotNegative();
        }
    }

    @Property
    void randomBytesWithRtpVersionNeverThrow(@ForAll @Size(min = 12, max = 120) byte[] bytes) {
        bytes[0] = (byte) (0x80 | (bytes[0] & 0x3F));
        if (bytes.length > 13) {
            bytes[12] = (byte) 0xBE;
            bytes[13] = (byte) 0xDE;
        }
        RtpPacket p = RtpPacket.parse(bytes, 0, bytes.length);
        if (p != null) {
            for (int id = 0; id < 16; id++) {
                SdesExtension.read(p, id);
                AudioLevelExtension.level(p, id);
                TransportCcExtension.sequenceNumber(p, id);
            }
            Rtx.restore(p, 96, 1, new byte[200], 0);
        }
    }

    @Property
    void writtenHeadersParseBack(@ForAll @IntRange(max = 127) int pt, @ForAll boolean marker,
                                 @ForAll @IntRange(max = 65535) int seq, @ForAll @LongRange(max = 0xFFFFFFFFL) long ts,
                                 @ForAll @LongRange(max = 0xFFFFFFFFL) long ssrc, @ForAll @IntRange(min = 1, max = 14) int id,
                                 @ForAll @Size(min = 1, max = 16) byte[] value) {
        byte[] buf = new byte[64];
        int header = new RtpHeaderWriter(buf, 0).header(pt, marker, seq, ts, ssrc).extension(id, value).finish();
        RtpPacket p = RtpPacket.parse(buf, 0, header);

        assertThat(p.payloadType()).isEqualTo(pt);
        assertThat(p.marker()).isEqualTo(marker);
        assertThat(p.sequenceNumber()).isEqualTo(seq);
        assertThat(p.timestamp()).isEqualTo(ts);
        assertThat(p.ssrc()).isEqualTo(ssrc);
        int at = p.findExtension(id);
        assertThat(p.extensionLength(at)).isEqualTo(value.length);
        byte[] read = java.util.Arrays.copyOfRange(buf, at, at + value.length);
        assertThat(read).isEqualTo(value);
    }
}
