package dev.parley.media.wire.rtcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.parley.media.wire.fuzz.FuzzBytes;
import dev.parley.media.wire.fuzz.Randomized;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * RTCP compounds and every packet type Parley models (SR, RR, SDES, BYE, NACK, transport-cc, PLI, FIR, REMB). Contract: parsing
 * never throws, and whatever parsed writes back to bytes that parse to an equal packet. Corpus: the annotated captures of
 * {@link RtcpCompoundTest}, {@link FeedbackTest} and {@link TransportCcTest} ({@code RtcpFuzzTestInputs/}).
 */
class RtcpFuzzTest {

    /** Every type's own parser, called on bytes whose header may name another type: none may trust the dispatch. */
    private interface Parser {
        RtcpPacket parse(byte[] buf, int off, int len);
    }

    private static final List<Parser> PARSERS = List.of(SenderReport::parse, ReceiverReport::parse, Sdes::parse, Bye::parse,
        GenericNack::parse, TransportCc::parse, Pli::parse, Fir::parse, Remb::parse);

    @FuzzTest
    void parse(byte[] input) {
        byte[] buf = new byte[input.length + 3];
        System.arraycopy(input, 0, buf, 3, input.length);
        RtcpCompound.parse(buf, 3, input.length).forEach(RtcpFuzzTest::assertRoundTrip);
        for (Parser parser : PARSERS) {
            RtcpPacket packet = parser.parse(buf, 3, input.length);
            if (packet != null) {
                assertRoundTrip(packet);
            }
        }
        if (input.length >= RtcpHeader.LENGTH) {
            // The same bytes behind a valid header of a modelled type, so the bodies are reached on most inputs.
            int size = input.length & ~3;
            byte[] framed = Arrays.copyOf(input, size);
            boolean padding = (input[0] & 0x20) != 0;
            RtcpHeader.write(framed, 0, input[0] & 0x1F, 200 + Math.floorMod(input[1], 7), size);
            if (padding) {
                framed[0] |= 0x20;
            }
            RtcpCompound.parse(framed, 0, size).forEach(RtcpFuzzTest::assertRoundTrip);
        }
    }

    @Test
    void parseRandomized() {
        Randomized.run(RtcpFuzzTest.class, "parse", 4000, 300, this::parse);
    }

    /** Compounds built from typed packets write and parse back equal, at any offset. */
    @FuzzTest
    void writeThenParse(byte[] input) {
        FuzzBytes in = new FuzzBytes(input);
        List<RtcpPacket> packets = new ArrayList<>();
        int count = in.consumeInt(1, 5);
        for (int i = 0; i < count; i++) {
            packets.add(packet(in));
        }
        int off = in.consumeInt(0, 3);
        byte[] buf = new byte[RtcpCompound.size(packets) + off];
        int written = RtcpCompound.write(packets, buf, off);

        assertThat(written).isEqualTo(buf.length - off);
        assertThat(RtcpCompound.parse(buf, off, written)).isEqualTo(packets);
        assertThat(RtcpCompound.write(packets, new byte[written - 1 + off], off)).isEqualTo(-1);
    }

    @Test
    void writeThenParseRandomized() {
        Randomized.run(RtcpFuzzTest.class, "writeThenParse", 2000, 400, this::writeThenParse);
    }

    private static void assertRoundTrip(RtcpPacket packet) {
        byte[] out = new byte[packet.size()];
        assertThat(out.length % 4).isZero();
        assertThat(packet.write(out, 0)).isEqualTo(out.length);
        assertThat(RtcpCompound.parse(out, 0, out.length)).containsExactly(packet);
    }

    private static RtcpPacket packet(FuzzBytes in) {
        long ssrc = ssrc(in);
        return switch (in.consumeInt(0, 8)) {
            case 0 -> new SenderReport(ssrc, in.consumeLong(Long.MIN_VALUE, Long.MAX_VALUE), ssrc(in), ssrc(in), ssrc(in),
                blocks(in));
            case 1 -> new ReceiverReport(ssrc, blocks(in));
            case 2 -> Sdes.cname(ssrc, in.consumeUtf8(40));
            case 3 -> new Bye(ssrcs(in, 4), in.consumeBoolean() ? null : in.consumeUtf8(40));
            case 4 -> {
                int[] lost = new int[in.consumeInt(1, 30)];
                for (int i = 0; i < lost.length; i++) {
                    lost[i] = in.consumeInt(0, 65535);
                }
                yield GenericNack.of(ssrc, ssrc(in), lost);
            }
            case 5 -> new Pli(ssrc, ssrc(in));
            case 6 -> Fir.of(ssrc, ssrc(in), in.consumeInt(0, 255));
            case 7 -> new Remb(ssrc, in.consumeLong(0, 1L << 40), ssrcs(in, 4));
            default -> transportCc(in);
        };
    }

    /** A transport-cc feedback with gaps of up to 4 lost packets and sometimes negative deltas. */
    private static TransportCc transportCc(FuzzBytes in) {
        TransportCcBuilder builder = new TransportCcBuilder(7, 8, 9);
        int seq = in.consumeInt(0, 65535);
        long time = in.consumeLong(0, 1L << 34);
        int steps = in.consumeInt(1, 60);
        for (int i = 0; i < steps; i++) {
            builder.add(seq, time);
            int step = in.consumeInt(0, 400);
            seq += 1 + step % 5;
            time += (step - 150) * 100L;
        }
        return builder.build();
    }

    private static List<ReportBlock> blocks(FuzzBytes in) {
        List<ReportBlock> blocks = new ArrayList<>();
        int n = in.consumeInt(0, 3);
        for (int i = 0; i < n; i++) {
            blocks.add(new ReportBlock(ssrc(in), in.consumeInt(0, 255), in.consumeInt(-(1 << 23), (1 << 23) - 1), ssrc(in),
                ssrc(in), ssrc(in), ssrc(in)));
        }
        return blocks;
    }

    private static List<Long> ssrcs(FuzzBytes in, int max) {
        List<Long> ssrcs = new ArrayList<>();
        int n = in.consumeInt(0, max);
        for (int i = 0; i < n; i++) {
            ssrcs.add(ssrc(in));
        }
        return ssrcs;
    }

    private static long ssrc(FuzzBytes in) {
        return in.consumeLong(0, 0xFFFF_FFFFL);
    }
}
