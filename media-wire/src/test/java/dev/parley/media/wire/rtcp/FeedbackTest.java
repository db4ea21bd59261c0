package dev.parley.media.wire.rtcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.media.wire.rtp.Hex;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedbackTest {
    static RtcpPacket only(String hex) {
        byte[] buf = Hex.bytes(hex);
        List<RtcpPacket> packets = RtcpCompound.parse(buf, 0, buf.length);
        assertThat(packets).hasSize(1);
        byte[] out = new byte[packets.get(0).size()];
        assertThat(packets.get(0).write(out, 0)).isEqualTo(buf.length);
        assertThat(out).as("written bytes equal the input").isEqualTo(buf);
        return packets.get(0);
    }

    @Test
    void genericNackExpandsPidAndBlp() {
        GenericNack nack = (GenericNack) only("""
            81 cd 00 04   # V=2 FMT=1 | PT=205 RTPFB | length=4
            00 00 00 01   # sender SSRC
            00 00 00 02   # media SSRC
            00 64 00 05   # PID=100, BLP=0b101: 101 and 103 lost too
            ff ff 80 00   # PID=65535, BLP bit 15: 65535+16 = 15 (wraps)
            """);
        assertThat(nack.lostSequenceNumbers()).containsExactly(100, 101, 103, 65535, 15);
    }

    @Test
    void genericNackBuildsCompactItems() {
        GenericNack nack = GenericNack.of(1, 2, new int[] {100, 101, 103, 116, 117, 65535, 3});
        assertThat(nack.items()).containsExactly(
            new GenericNack.Item(100, 0b1000_0000_0000_0101), new GenericNack.Item(117, 0), new GenericNack.Item(65535, 0b1000));
        assertThat(nack.lostSequenceNumbers()).containsExactly(100, 101, 103, 116, 117, 65535, 3);
    }

    @Test
    void pli() {
        assertThat(only("""
            81 ce 00 02   # FMT=1 | PT=206 PSFB | length=2
            00 00 00 01   # sender SSRC
            00 00 00 02   # media SSRC
            """)).isEqualTo(new Pli(1, 2));
    }

    @Test
    void fir() {
        assertThat(only("""
            84 ce 00 04   # FMT=4 | PT=206 PSFB | length=4
            00 00 00 01   # sender SSRC
            00 00 00 00   # media SSRC unused (RFC 5104 §4.3.1.2)
            00 00 00 07   # FCI: SSRC to refresh
            2a 00 00 00   # command seq nr 42, reserved
            """)).isEqualTo(Fir.of(1, 7, 42));
    }

    @Test
    void remb() {
        Remb remb = (Remb) only("""
            8f ce 00 05   # FMT=15 | PT=206 PSFB | length=5
            00 00 00 01   # sender SSRC
            00 00 00 00   # media SSRC 0
            52 45 4d 42   # "REMB"
            01 0b d0 90   # 1 SSRC | exp=2 | mantissa=250000 -> 1,000,000 bps
            00 00 00 09   # SSRC 9
            """);
        assertThat(remb).isEqualTo(new Remb(1, 1_000_000, List.of(9L)));
    }

    @Test
    void rembRoundsDownToWhatItCanExpress() {
        assertThat(new Remb(1, 1_000_001, List.of()).bitrateBps()).isEqualTo(1_000_000);
        assertThat(new Remb(1, 262_143, List.of()).bitrateBps()).isEqualTo(262_143);
    }
}
