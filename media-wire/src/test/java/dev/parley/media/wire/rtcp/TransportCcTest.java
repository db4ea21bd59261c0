package dev.parley.media.wire.rtcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.media.wire.rtp.Hex;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransportCcTest {
    static final String FEEDBACK = """
        af cd 00 06   # V=2 P=1 FMT=15 | PT=205 RTPFB | length=6
        00 00 00 01   # sender SSRC
        00 00 00 02   # media SSRC
        03 e8 00 05   # base seq 1000 | status count 5
        00 01 02 07   # reference time 0x102 (x 64 ms) | fb pkt count 7
        d4 90         # 2-bit vector: 01 01 00 10 01 (00 00 unused)
        04 08 ff fc   # deltas: 1 ms, 2 ms, -1 ms (large)
        10 01         # delta 4 ms | padding count 1
        """;

    @Test
    void parsesStatusVectorAndDeltas() {
        byte[] buf = Hex.bytes(FEEDBACK);
        TransportCc fb = (TransportCc) RtcpCompound.parse(buf, 0, buf.length).get(0);

        assertThat(fb.baseSequenceNumber()).isEqualTo(1000);
        assertThat(fb.packetStatusCount()).isEqualTo(5);
        assertThat(fb.referenceTime()).isEqualTo(0x102);
        assertThat(fb.feedbackPacketCount()).isEqualTo(7);
        assertThat(List.of(fb.status(0), fb.status(1), fb.status(2), fb.status(3), fb.status(4))).containsExactly(1, 1, 0, 2, 1);
        assertThat(fb.receivedCount()).isEqualTo(4);
        assertThat(List.of(fb.delta(0), fb.delta(1), fb.delta(2), fb.delta(3))).containsExactly(4, 8, -4, 16);

        List<String> visited = new ArrayList<>();
        fb.forEachPacket((seq, received, at) -> visited.add(seq + (received ? "@" + at : " lost")));
        long ref = 0x102L * 64_000;
        assertThat(visited).containsExactly("1000@" + (ref + 1000), "1001@" + (ref + 3000), "1002 lost",
            "1003@" + (ref + 2000), "1004@" + (ref + 6000));

        byte[] out = new byte[fb.size()];
        assertThat(fb.write(out, 0)).isEqualTo(28);
        assertThat(out).isEqualTo(buf);
    }

    @Test
    void parsesRunLengthAndOneBitVectorChunks() {
        byte[] buf = Hex.bytes("""
            8f cd 00 06   # FMT=15 | PT=205 | length=6
            00 00 00 01  00 00 00 02
            ff fe 00 13   # base seq 65534 | status count 19
            00 00 00 00   # reference time 0 | fb count 0
            20 05         # run length: 5 x status 01 (small delta)
            90 01         # 1-bit vector: 0 1 0 0 ... 0 1 (14 symbols)
            01 01 01 01   # 7 one-byte deltas
            01 01 01 00   #   and one zero byte of slack
            """);
        TransportCc fb = TransportCc.parse(buf, 0, buf.length);

        assertThat(fb.packetStatusCount()).isEqualTo(19);
        assertThat(fb.receivedCount()).isEqualTo(7);
        assertThat(fb.status(5)).isZero();
        assertThat(fb.status(6)).isEqualTo(1);
        assertThat(fb.status(18)).isEqualTo(1);
        List<Integer> seqs = new ArrayList<>();
        fb.forEachPacket((seq, received, at) -> {
            if (received) {
                seqs.add(seq);
            }
        });
        assertThat(seqs).containsExactly(65534, 65535, 0, 1, 2, 4, 16);
    }

    @Test
    void rejectsReservedStatusAndTruncation() {
        byte[] reserved = Hex.bytes("8f cd 00 05  00000001 00000002  0000 0001  00000000  6001 0000");
        assertThat(TransportCc.parse(reserved, 0, reserved.length)).isNull();
        byte[] truncated = Hex.bytes("8f cd 00 05  00000001 00000002  0000 0002  00000000  2002 0000");
        assertThat(TransportCc.parse(truncated, 0, truncated.length - 1)).isNull();
        byte[] noChunks = Hex.bytes("8f cd 00 04  00000001 00000002  0000 0002  00000000");
        assertThat(TransportCc.parse(noChunks, 0, noChunks.length)).isNull();
    }

    @Test
    void builderReportsGapsAndRoundsDeltasWithoutDrift() {
        TransportCcBuilder builder = new TransportCcBuilder(1, 2, 3);
        long t0 = 10 * 64_000 + 500;
        assertThat(builder.isEmpty()).isTrue();
        assertThat(builder.add(65535, t0)).isTrue();
        assertThat(builder.add(1, t0 + 1_100)).isTrue();      // seq 0 lost
        assertThat(builder.add(2, t0 + 1_230)).isTrue();      // 130 µs later: rounds to 1 tick, error carried
        assertThat(builder.add(3, t0 + 1_000)).isTrue();      // negative delta -> large
        assertThat(builder.add(3, t0 + 2_000)).isFalse();     // duplicate
        assertThat(builder.add(2, t0 + 2_000)).isFalse();     // older
        assertThat(builder.add(4, t0 + 9_000_000)).isFalse(); // beyond 8.19 s

        TransportCc fb = builder.build();
        assertThat(fb.baseSequenceNumber()).isEqualTo(65535);
        assertThat(fb.referenceTime()).isEqualTo(10);
        assertThat(fb.packetStatusCount()).isEqualTo(5);
        assertThat(List.of(fb.status(0), fb.status(1), fb.status(2), fb.status(3), fb.status(4))).containsExactly(1, 0, 1, 1, 2);
        assertThat(List.of(fb.delta(0), fb.delta(1), fb.delta(2), fb.delta(3))).containsExactly(2, 4, 1, -1);

        byte[] out = new byte[fb.size()];
        fb.write(out, 0);
        assertThat(RtcpCompound.parse(out, 0, out.length)).containsExactly(fb);
    }

    @Test
    void builderStopsBeforeTheSizeLimit() {
        TransportCcBuilder builder = new TransportCcBuilder(1, 2, 0);
        int added = 0;
        while (builder.add(added, added * 20_000L)) {
            added++;
        }
        TransportCc fb = builder.build();
        assertThat(added).isGreaterThan(100);
        assertThat(fb.size()).isLessThanOrEqualTo(TransportCcBuilder.MAX_SIZE);
        assertThat(new TransportCcBuilder(1, 2, 0).build()).isNull();
    }
}
