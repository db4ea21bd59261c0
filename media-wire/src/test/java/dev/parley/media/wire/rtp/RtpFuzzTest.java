package dev.parley.media.wire.rtp;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.parley.media.wire.fuzz.FuzzBytes;
import dev.parley.media.wire.fuzz.Randomized;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * RTP headers and RFC 8285 header extensions from attacker bytes (after SRTP, but a peer controls its own plaintext).
 * Corpus: the Chromium captures of {@link CapturedChromiumRtpTest} ({@code RtpFuzzTestInputs/}).
 */
class RtpFuzzTest {

    /** Null or a view whose every offset stays inside the datagram; RTX wrap → restore gives the original back. */
    @FuzzTest
    void parse(byte[] input) {
        byte[] buf = new byte[input.length + 4];
        System.arraycopy(input, 0, buf, 2, input.length);
        RtpPacket p = RtpPacket.parse(buf, 2, input.length);
        if (p == null) {
            return;
        }
        int end = 2 + input.length;
        assertThat(p.payloadOffset()).isBetween(2 + RtpPacket.FIXED_HEADER_LENGTH, end);
        assertThat(p.payloadOffset() + p.payloadLength() + p.paddingLength()).isEqualTo(end);
        for (int i = 0; i < p.csrcCount(); i++) {
            p.csrc(i);
        }
        for (int id = 0; id < 256; id++) {
            int at = p.findExtension(id);
            if (at >= 0) {
                assertThat(at + p.extensionLength(at)).isLessThanOrEqualTo(p.payloadOffset());
                assertThat(p.findExtension(id, p.extensionLength(at))).isEqualTo(at);
            }
        }
        for (int id = 0; id < 16; id++) {
            SdesExtension.read(p, id);
            SdesExtension.matches(p, id, "0");
            AudioLevelExtension.level(p, id);
            AudioLevelExtension.voice(p, id);
            TransportCcExtension.sequenceNumber(p, id);
            AbsSendTimeExtension.value(p, id);
        }
        assertRtxRoundTrip(p);
    }

    @Test
    void parseRandomized() {
        Randomized.run(RtpFuzzTest.class, "parse", 4000, 200, this::parse);
    }

    /** Header fields and a one-byte-form extension written by {@link RtpHeaderWriter} parse back, and rewrite in place. */
    @FuzzTest
    void writeThenParse(byte[] input) {
        FuzzBytes in = new FuzzBytes(input);
        int pt = in.consumeInt(0, 127);
        boolean marker = in.consumeBoolean();
        int seq = in.consumeInt(0, 65535);
        long ts = in.consumeLong(0, 0xFFFF_FFFFL);
        long ssrc = in.consumeLong(0, 0xFFFF_FFFFL);
        int id = in.consumeInt(1, 14);
        byte[] value = in.consumeFixed(in.consumeInt(1, 16));
        byte[] buf = new byte[64];
        int header = new RtpHeaderWriter(buf, 0).header(pt, marker, seq, ts, ssrc).extension(id, value).finish();
        RtpPacket p = RtpPacket.parse(buf, 0, header);

        assertThat(p).isNotNull();
        assertThat(p.payloadType()).isEqualTo(pt);
        assertThat(p.marker()).isEqualTo(marker);
        assertThat(p.sequenceNumber()).isEqualTo(seq);
        assertThat(p.timestamp()).isEqualTo(ts);
        assertThat(p.ssrc()).isEqualTo(ssrc);
        int at = p.findExtension(id);
        assertThat(p.extensionLength(at)).isEqualTo(value.length);
        assertThat(Arrays.copyOfRange(buf, at, at + value.length)).isEqualTo(value);

        byte[] other = in.consumeFixed(value.length);
        assertThat(p.rewriteExtension(id, other, 0, other.length)).isTrue();
        assertThat(Arrays.copyOfRange(buf, at, at + value.length)).isEqualTo(other);
        assertThat(p.sequenceNumber()).isEqualTo(seq);
    }

    @Test
    void writeThenParseRandomized() {
        Randomized.run(RtpFuzzTest.class, "writeThenParse", 2000, 60, this::writeThenParse);
    }

    private static void assertRtxRoundTrip(RtpPacket original) {
        byte[] rtx = new byte[original.length() + 2];
        int rtxLength = Rtx.wrap(original, 97, 0x1234_5678L, 4242, rtx, 0);
        RtpPacket wrapped = RtpPacket.parse(rtx, 0, rtxLength);
        assertThat(wrapped).isNotNull();
        assertThat(Rtx.originalSequenceNumber(wrapped)).isEqualTo(original.sequenceNumber());

        byte[] back = new byte[rtxLength];
        int backLength = Rtx.restore(wrapped, original.payloadType(), original.ssrc(), back, 0);
        RtpPacket restored = RtpPacket.parse(back, 0, backLength);
        assertThat(restored).isNotNull();
        assertThat(restored.sequenceNumber()).isEqualTo(original.sequenceNumber());
        assertThat(restored.payloadType()).isEqualTo(original.payloadType());
        assertThat(restored.ssrc()).isEqualTo(original.ssrc());
        assertThat(restored.timestamp()).isEqualTo(original.timestamp());
        assertThat(restored.marker()).isEqualTo(original.marker());
        assertThat(payload(restored)).isEqualTo(payload(original));
    }

    private static byte[] payload(RtpPacket p) {
        return Arrays.copyOfRange(p.buffer(), p.payloadOffset(), p.payloadOffset() + p.payloadLength());
    }
}
