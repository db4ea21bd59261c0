package dev.parley.media.wire.rtcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.media.wire.rtp.Hex;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RtcpCompoundTest {
    /** SR + SDES, the compound a browser sends every ~1 s per outgoing stream (RFC 3550 §6.4.1, §6.5). */
    static final String SR_SDES = """
        81 c8 00 0c   # V=2 P=0 RC=1 | PT=200 SR | length=12 words
        11 22 33 44   # sender SSRC
        e9 4a 7b 1c   # NTP seconds
        80 00 00 00   # NTP fraction (0.5 s)
        00 01 5f 90   # RTP timestamp 90000
        00 00 00 64   # packet count 100
        00 00 27 10   # octet count 10000
        aa bb cc dd   # report block: SSRC
        19 ff ff fe   #   fraction lost 25/256 | cumulative lost -2
        00 01 00 05   #   extended highest seq: cycle 1, seq 5
        00 00 00 20   #   jitter 32
        4a 7b 1c 80   #   LSR
        00 01 00 00   #   DLSR 1 s
        81 ca 00 03   # V=2 P=0 SC=1 | PT=202 SDES | length=3 words
        11 22 33 44   # chunk SSRC
        01 05 61 62   # CNAME, 5 bytes: "ab
        63 64 65 00   #   cde" then END (no padding needed)
        """;

    @Test
    void parsesSenderReportAndSdes() {
        byte[] buf = Hex.bytes(SR_SDES);
        List<RtcpPacket> packets = RtcpCompound.parse(buf, 0, buf.length);

        assertThat(packets).hasSize(2);
        SenderReport sr = (SenderReport) packets.get(0);
        assertThat(sr.senderSsrc()).isEqualTo(0x11223344L);
        assertThat(sr.ntpTimestamp()).isEqualTo(0xe94a7b1c80000000L);
        assertThat(sr.compactNtp()).isEqualTo(0x7b1c8000L);
        assertThat(sr.rtpTimestamp()).isEqualTo(90000);
        assertThat(sr.packetCount()).isEqualTo(100);
        assertThat(sr.octetCount()).isEqualTo(10000);
        assertThat(sr.reports()).containsExactly(
            new ReportBlock(0xaabbccddL, 25, -2, 0x10005, 32, 0x4a7b1c80L, 65536));
        Sdes sdes = (Sdes) packets.get(1);
        assertThat(sdes.chunks()).hasSize(1);
        assertThat(sdes.chunks().get(0).ssrc()).isEqualTo(0x11223344L);
        assertThat(sdes.chunks().get(0).cname()).isEqualTo("abcde");

        byte[] out = new byte[buf.length];
        assertThat(RtcpCompound.write(packets, out, 0)).isEqualTo(buf.length);
        assertThat(out).isEqualTo(buf);
    }

    @Test
    void receiverReportAndByeRoundTrip() {
        byte[] buf = Hex.bytes("""
            80 c9 00 01   # V=2 RC=0 | PT=201 RR | length=1
            00 00 00 01   # sender SSRC
            81 cb 00 03   # SC=1 | PT=203 BYE | length=3
            00 00 00 02   # SSRC leaving
            03 62 79 65   # reason: 3 bytes "bye"
            00 00 00 00   # zero padding to 32 bits
            """);
        List<RtcpPacket> packets = RtcpCompound.parse(buf, 0, buf.length);

        assertThat(packets).containsExactly(new ReceiverReport(1, List.of()), new Bye(List.of(2L), "bye"));
        // our writer pads the reason only to the next word
        byte[] out = new byte[RtcpCompound.size(packets)];
        RtcpCompound.write(packets, out, 0);
        assertThat(RtcpCompound.parse(out, 0, out.length)).isEqualTo(packets);
    }

    @Test
    void skipsUnknownTypesAndStopsAtBrokenFraming() {
        byte[] buf = Hex.bytes("""
            80 cc 00 02   # PT=204 APP, skipped
            00 00 00 01  6e 61 6d 65
            81 ce 00 02   # PSFB FMT=1 PLI
            00 00 00 01   # sender
            00 00 00 02   # media
            81 ce 00 09   # a PLI claiming 10 words: runs past the end, ends the walk
            00 00 00 01
            """);
        assertThat(RtcpCompound.parse(buf, 0, buf.length)).containsExactly(new Pli(1, 2));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "80",
        "40 c8 00 00",                     // version 1
        "80 c8 00 00",                     // SR with no sender info
        "81 c9 00 01 00 00 00 01",         // RR says RC=1 but has no block
        "a0 c9 00 01 00 00 00 00",         // padding count 0
        "81 ca 00 01 00 00 00 01",         // SDES chunk without END
        "81 cb 00 01 00 00 00 01 09",      // trailing byte outside the length is ignored; BYE ok
    })
    void neverThrowsOnHostileInput(String hex) {
        byte[] buf = Hex.bytes(hex);
        List<RtcpPacket> packets = RtcpCompound.parse(buf, 0, buf.length);
        assertThat(packets.size()).isLessThanOrEqualTo(1);
    }

    @Test
    void writeRefusesTooSmallBuffers() {
        assertThat(RtcpCompound.write(List.of(new Pli(1, 2)), new byte[11], 0)).isEqualTo(-1);
        assertThat(new Pli(1, 2).write(new byte[11], 0)).isEqualTo(-1);
    }

    @Test
    void demuxPredicateFollowsRfc5761() {
        assertThat(RtcpHeader.looksLikeRtcp(Hex.bytes("80 c8 00 06"), 0, 4)).isTrue();
        assertThat(RtcpHeader.looksLikeRtcp(Hex.bytes("80 60 00 06"), 0, 4)).isFalse();
        assertThat(RtcpHeader.looksLikeRtcp(Hex.bytes("80 e0 00 06"), 0, 4)).isFalse();
        assertThat(Arrays.asList(RtcpHeader.SR, RtcpHeader.PSFB)).containsExactly(200, 206);
    }

    /** Found by fuzzing: 255 bytes of invalid UTF-8 decode to 765 bytes of U+FFFD, which made the BYE constructor throw. */
    @Test
    void byeWhoseReasonIsNotUtf8KeepsItsSourceAndDropsTheReason() {
        byte[] buf = new byte[264];
        System.arraycopy(Hex.bytes("81 cb 00 41   11 22 33 44   ff"), 0, buf, 0, 9);   // BYE, 1 SSRC, reason of 255 bytes
        Arrays.fill(buf, 9, buf.length, (byte) 0xff);                                      // ... none of them valid UTF-8

        assertThat(RtcpCompound.parse(buf, 0, buf.length)).containsExactly(new Bye(List.of(0x11223344L), null));
    }
}
