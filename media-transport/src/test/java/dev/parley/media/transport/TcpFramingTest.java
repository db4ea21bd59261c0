package dev.parley.media.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** RFC 4571 framing: frames split and glued any way a TCP stream may deliver them. */
class TcpFramingTest {
    private static final HexFormat HEX = HexFormat.of();

    private final List<String> frames = new ArrayList<>();
    private final TcpFraming.FrameSink sink = (buf, off, len) -> frames.add(HEX.formatHex(buf, off, off + len));

    @Test
    void twoFramesInOneReadAndAPartialThirdThatCompletesLater() {
        ByteBuffer in = ByteBuffer.allocate(64);
        in.put(HEX.parseHex(
                "0003" + "010203"          // frame 1: 3 bytes
                + "0002" + "8060"          // frame 2: 2 bytes
                + "0004" + "1617"));       // frame 3: 4 bytes, only 2 arrived
        in.flip();

        assertThat(TcpFraming.drain(in, 1500, sink)).isEqualTo(TcpFraming.Outcome.OK);
        assertThat(frames).containsExactly("010203", "8060");
        assertThat(in.position()).isEqualTo(4); // "0004 1617" kept at the start, ready for the next read

        in.put(HEX.parseHex("fefd"));
        in.flip();
        assertThat(TcpFraming.drain(in, 1500, sink)).isEqualTo(TcpFraming.Outcome.OK);
        assertThat(frames).containsExactly("010203", "8060", "1617fefd");
        assertThat(in.position()).isZero();
    }

    @Test
    void aLengthSplitAcrossReadsWaits() {
        ByteBuffer in = ByteBuffer.allocate(16);
        in.put((byte) 0x00).flip();
        TcpFraming.drain(in, 1500, sink);
        assertThat(frames).isEmpty();
        in.put(HEX.parseHex("01ff")).flip();
        TcpFraming.drain(in, 1500, sink);
        assertThat(frames).containsExactly("ff");
    }

    @Test
    void zeroLengthFramesAreSkipped() {
        ByteBuffer in = ByteBuffer.wrap(HEX.parseHex("0000" + "0001" + "aa" + "0000"));
        assertThat(TcpFraming.drain(in, 1500, sink)).isEqualTo(TcpFraming.Outcome.OK);
        assertThat(frames).containsExactly("aa");
    }

    @Test
    void aFrameLongerThanTheMaximumIsRefusedBeforeItsBytesArrive() {
        ByteBuffer in = ByteBuffer.wrap(HEX.parseHex("05dd" + "00")); // claims 1501 bytes
        assertThat(TcpFraming.drain(in, 1500, sink)).isEqualTo(TcpFraming.Outcome.OVERSIZE);
        assertThat(frames).isEmpty();

        ByteBuffer largest = ByteBuffer.allocate(2 + 1500).putShort((short) 1500);
        largest.position(largest.capacity()).flip();
        assertThat(TcpFraming.drain(largest, 1500, sink)).isEqualTo(TcpFraming.Outcome.OK);
        assertThat(frames).hasSize(1);
    }

    @Test
    void appendWritesWholeFramesOrNothing() {
        ByteBuffer out = ByteBuffer.allocate(8);
        assertThat(TcpFraming.append(out, HEX.parseHex("00aabbcc"), 1, 3)).isTrue();
        assertThat(TcpFraming.append(out, HEX.parseHex("01020304"), 0, 4)).isFalse(); // 6 > 3 bytes left: not split
        assertThat(HEX.formatHex(out.array(), 0, out.position())).isEqualTo("0003aabbcc");
    }

    @Test
    void randomSplitsOfAStreamYieldTheSameFrames() {
        Random random = new Random(4571);
        for (int round = 0; round < 200; round++) {
            List<String> sent = new ArrayList<>();
            ByteBuffer stream = ByteBuffer.allocate(20_000);
            for (int i = 0; i < 10; i++) {
                byte[] packet = new byte[1 + random.nextInt(1500)];
                random.nextBytes(packet);
                TcpFraming.append(stream, packet, 0, packet.length);
                sent.add(HEX.formatHex(packet));
            }
            stream.flip();
            frames.clear();
            ByteBuffer in = ByteBuffer.allocate(2 + 1500);
            while (stream.hasRemaining()) {
                int chunk = Math.min(Math.min(stream.remaining(), in.remaining()), 1 + random.nextInt(700));
                in.put(stream.array(), stream.position(), chunk);
                stream.position(stream.position() + chunk);
                in.flip();
                assertThat(TcpFraming.drain(in, 1500, sink)).isEqualTo(TcpFraming.Outcome.OK);
            }
            assertThat(frames).isEqualTo(sent);
        }
    }
}
