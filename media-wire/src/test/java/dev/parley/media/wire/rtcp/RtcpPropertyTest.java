package dev.parley.media.wire.rtcp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class RtcpPropertyTest {
    @Property(tries = 2000)
    void randomBytesNeverThrow(@ForAll @Size(max = 300) byte[] bytes) {
        RtcpCompound.parse(bytes, 0, bytes.length);
    }

    @Property(tries = 2000)
    void randomBodiesBehindValidHeadersNeverThrow(@ForAll @IntRange(min = 200, max = 206) int type,
                                                  @ForAll @IntRange(max = 31) int count, @ForAll boolean padding,
                                                  @ForAll @Size(min = 0, max = 64) byte[] body) {
        int size = 4 + (body.length & ~3);
        byte[] buf = new byte[size];
        System.arraycopy(body, 0, buf, 4, size - 4);
        RtcpHeader.write(buf, 0, count, type, size);
        if (padding) {
            buf[0] |= 0x20;
        }
        for (RtcpPacket packet : RtcpCompound.parse(buf, 0, size)) {
            byte[] out = new byte[packet.size()];
            assertThat(packet.write(out, 0)).isEqualTo(out.length);
        }
    }

    @Property
    void writtenPacketsParseBackEqual(@ForAll("packets") List<RtcpPacket> packets) {
        byte[] buf = new byte[RtcpCompound.size(packets) + 3];
        int written = RtcpCompound.write(packets, buf, 3);
        assertThat(RtcpCompound.parse(buf, 3, written)).isEqualTo(packets);
    }

    @Provide
    Arbitrary<List<RtcpPacket>> packets() {
        Arbitrary<Long> ssrc = Arbitraries.longs().between(0, 0xFFFF_FFFFL);
        Arbitrary<ReportBlock> block = Combinators.combine(ssrc, Arbitraries.integers().between(0, 255),
            Arbitraries.integers().between(-(1 << 23), (1 << 23) - 1), ssrc, ssrc, ssrc, ssrc).as(ReportBlock::new);
        Arbitrary<RtcpPacket> sr = Combinators.combine(ssrc, Arbitraries.longs(), ssrc, ssrc, ssrc, block.list().ofMaxSize(3))
            .as(SenderReport::new);
        Arbitrary<RtcpPacket> rr = Combinators.combine(ssrc, block.list().ofMaxSize(3)).as(ReceiverReport::new);
        Arbitrary<String> text = Arbitraries.strings().ofMaxLength(40);
        Arbitrary<RtcpPacket> sdes = Combinators.combine(ssrc, text)
            .as((s, t) -> (RtcpPacket) Sdes.cname(s, t));
        Arbitrary<RtcpPacket> bye = Combinators.combine(ssrc.list().ofMaxSize(4), text.injectNull(0.5)).as(Bye::new);
        Arbitrary<RtcpPacket> nack = Combinators.combine(ssrc, ssrc, Arbitraries.integers().between(0, 65535).array(int[].class)
            .ofMinSize(1).ofMaxSize(30)).as(GenericNack::of);
        Arbitrary<RtcpPacket> pli = Combinators.combine(ssrc, ssrc).as(Pli::new);
        Arbitrary<RtcpPacket> fir = Combinators.combine(ssrc, ssrc, Arbitraries.integers().between(0, 255)).as(Fir::of);
        Arbitrary<RtcpPacket> remb = Combinators.combine(ssrc, Arbitraries.longs().between(0, 1L << 40), ssrc.list().ofMaxSize(4))
            .as(Remb::new);
        Arbitrary<RtcpPacket> twcc = Combinators.combine(Arbitraries.integers().between(0, 65535),
                Arbitraries.longs().between(0, 1L << 34), Arbitraries.integers().between(0, 400).list().ofMinSize(1).ofMaxSize(60))
            .as((base, start, steps) -> {
                TransportCcBuilder builder = new TransportCcBuilder(7, 8, 9);
                int seq = base;
                long time = start;
                for (int step : steps) {
                    builder.add(seq, time);
                    seq += 1 + step % 5;                 // gaps of up to 4 lost packets
                    time += (step - 150) * 100L;         // sometimes negative deltas
                }
                return builder.build();
            });
        return Arbitraries.oneOf(List.of(sr, rr, sdes, bye, nack, pli, fir, remb, twcc)).list().ofMinSize(1).ofMaxSize(5);
    }
}
