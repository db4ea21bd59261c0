package dev.parley.media.wire.codec;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.parley.media.wire.fuzz.FuzzBytes;
import dev.parley.media.wire.fuzz.Randomized;
import org.junit.jupiter.api.Test;

/**
 * The payload descriptors the SFU reads on every video packet (VP8, VP9, H.264, AV1) from attacker bytes. Corpus: the Chromium
 * and RFC descriptors of the codec tests ({@code CodecFuzzTestInputs/}).
 */
class CodecFuzzTest {

    @FuzzTest
    void parse(byte[] input) {
        int off = 1;
        byte[] buf = new byte[input.length + 2];
        System.arraycopy(input, 0, buf, off, input.length);
        int len = input.length;

        Vp8PayloadDescriptor vp8 = new Vp8PayloadDescriptor();
        if (vp8.parse(buf, off, len)) {
            assertThat(vp8.length()).isBetween(1, len);
            assertVp8RewriteKeepsTheRest(vp8, buf, off, len);
        }
        assertThat(Vp8PayloadDescriptor.isKeyframe(buf, off, len)).isEqualTo(vp8.parse(buf, off, len) && vp8.keyframe());

        Vp9PayloadDescriptor vp9 = new Vp9PayloadDescriptor();
        if (vp9.parse(buf, off, len)) {
            assertThat(vp9.length()).isBetween(1, len);
            vp9.interPicturePredicted();
            vp9.flexibleMode();
            vp9.startOfFrame();
            vp9.endOfFrame();
            vp9.hasScalabilityStructure();
            vp9.notUpperReference();
            vp9.keyframe();
            vp9.pictureId();
            vp9.temporalLayerId();
            vp9.switchingUpPoint();
            vp9.spatialLayerId();
            vp9.interLayerDependency();
            vp9.tl0PicIdx();
        }

        assertThat(H264Packet.nalType(buf, off, len)).isBetween(-1, 31);
        H264Packet.isKeyframe(buf, off, len);
        H264ProfileLevelId id = H264ProfileLevelId.parse(new String(input, java.nio.charset.StandardCharsets.ISO_8859_1));
        if (id != null) {
            assertThat(H264ProfileLevelId.parse(id.toHex())).isEqualTo(id);
        }
        assertThat(Av1AggregationHeader.obuCount(buf, off, len)).isBetween(-1, 3);
        Av1AggregationHeader.isKeyframe(buf, off, len);
        Av1AggregationHeader.continuesFragment(buf, off, len);
        Av1AggregationHeader.fragmentContinues(buf, off, len);
    }

    @Test
    void parseRandomized() {
        Randomized.run(CodecFuzzTest.class, "parse", 4000, 40, this::parse);
    }

    /** The SFU rewrites picture id and TL0PICIDX of a forwarded VP8 packet; nothing else may change (7- and 15-bit ids). */
    @FuzzTest
    void rewritePictureId(byte[] input) {
        FuzzBytes in = new FuzzBytes(input);
        int pictureId = in.consumeInt(0, 0x7FFF);
        int tl0 = in.consumeInt(0, 255);
        boolean fifteenBits = in.consumeBoolean();
        byte[] buf = fifteenBits ? new byte[] {(byte) 0x90, (byte) 0xE0, (byte) 0x80, 0, 9, 0x40, 0x10}
            : new byte[] {(byte) 0x90, (byte) 0xE0, 0, 9, 0x40, 0x10};
        Vp8PayloadDescriptor d = new Vp8PayloadDescriptor();
        assertThat(d.parse(buf, 0, buf.length)).isTrue();
        d.setPictureId(pictureId);
        d.setTl0PicIdx(tl0);
        d.parse(buf, 0, buf.length);

        assertThat(d.pictureId()).isEqualTo(fifteenBits ? pictureId : pictureId & 0x7F);
        assertThat(d.tl0PicIdx()).isEqualTo(tl0);
        assertThat(d.temporalLayerId()).isEqualTo(1);
        assertThat(d.keyframe()).isTrue();
        assertThat(d.length()).isEqualTo(buf.length - 1);
    }

    @Test
    void rewritePictureIdRandomized() {
        Randomized.run(CodecFuzzTest.class, "rewritePictureId", 2000, 8, this::rewritePictureId);
    }

    /** Rewriting the ids of any descriptor that parsed keeps its layout and every other field. */
    private static void assertVp8RewriteKeepsTheRest(Vp8PayloadDescriptor vp8, byte[] buf, int off, int len) {
        int length = vp8.length();
        int idBytes = vp8.pictureIdBytes();
        int tid = vp8.temporalLayerId();
        boolean sync = vp8.layerSync();
        int keyIndex = vp8.keyIndex();
        boolean keyframe = vp8.keyframe();
        boolean start = vp8.startOfPartition();
        int partition = vp8.partitionId();
        boolean nonReference = vp8.nonReference();
        boolean hadId = vp8.setPictureId(0x5A5A);
        boolean hadTl0 = vp8.setTl0PicIdx(0xA5);

        assertThat(vp8.parse(buf, off, len)).isTrue();
        assertThat(hadId).isEqualTo(idBytes > 0);
        if (hadId) {
            assertThat(vp8.pictureId()).isEqualTo(idBytes == 1 ? 0x5A : 0x5A5A);
        }
        if (hadTl0) {
            assertThat(vp8.tl0PicIdx()).isEqualTo(0xA5);
        }
        assertThat(vp8.length()).isEqualTo(length);
        assertThat(vp8.pictureIdBytes()).isEqualTo(idBytes);
        assertThat(vp8.temporalLayerId()).isEqualTo(tid);
        assertThat(vp8.layerSync()).isEqualTo(sync);
        assertThat(vp8.keyIndex()).isEqualTo(keyIndex);
        assertThat(vp8.keyframe()).isEqualTo(keyframe);
        assertThat(vp8.startOfPartition()).isEqualTo(start);
        assertThat(vp8.partitionId()).isEqualTo(partition);
        assertThat(vp8.nonReference()).isEqualTo(nonReference);
    }
}
