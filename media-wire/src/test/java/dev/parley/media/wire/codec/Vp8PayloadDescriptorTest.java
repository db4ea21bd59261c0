package dev.parley.media.wire.codec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.media.wire.rtp.Hex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Vp8PayloadDescriptorTest {
    /** First packet of a Chromium VP8 key frame with a 15-bit picture id, TL0PICIDX and TID (simulcast encodings carry these). */
    static final String KEYFRAME = """
        90            # X=1 R=0 N=0 S=1 R=0 PID=0
        e0            # I=1 L=1 T=1 K=0
        92 34         # M=1 picture id 0x1234
        07            # TL0PICIDX 7
        20            # TID=0 Y=1 KEYIDX=0
        10 02 00      # VP8 payload header: size0=1 H=0 VER=0 P=0 (key frame) ...
        9d 01 2a      # key frame start code
        """;

    @Test
    void parsesAllFieldsOfAKeyFrame() {
        byte[] buf = Hex.bytes(KEYFRAME);
        Vp8PayloadDescriptor d = new Vp8PayloadDescriptor();

        assertThat(d.parse(buf, 0, buf.length)).isTrue();
        assertThat(d.length()).isEqualTo(6);
        assertThat(d.startOfPartition()).isTrue();
        assertThat(d.partitionId()).isZero();
        assertThat(d.nonReference()).isFalse();
        assertThat(d.pictureId()).isEqualTo(0x1234);
        assertThat(d.pictureIdBytes()).isEqualTo(2);
        assertThat(d.tl0PicIdx()).isEqualTo(7);
        assertThat(d.temporalLayerId()).isZero();
        assertThat(d.layerSync()).isTrue();
        assertThat(d.keyIndex()).isZero();
        assertThat(d.keyframe()).isTrue();
        assertThat(Vp8PayloadDescriptor.isKeyframe(buf, 0, buf.length)).isTrue();
    }

    @Test
    void deltaFramesAndContinuationPacketsAreNotKeyFrames() {
        byte[] delta = Hex.bytes("90 80 05  31 00 00   # S=1 PID=0, I=1 picture id 5 (7-bit); payload header P=1");
        Vp8PayloadDescriptor d = new Vp8PayloadDescriptor();
        assertThat(d.parse(delta, 0, delta.length)).isTrue();
        assertThat(d.keyframe()).isFalse();
        assertThat(d.pictureId()).isEqualTo(5);
        assertThat(d.pictureIdBytes()).isEqualTo(1);
        assertThat(d.tl0PicIdx()).isEqualTo(-1);
        assertThat(d.temporalLayerId()).isEqualTo(-1);

        byte[] middle = Hex.bytes("80 80 05  10 02 00   # S=0: a continuation, whatever the bytes say");
        assertThat(Vp8PayloadDescriptor.isKeyframe(middle, 0, middle.length)).isFalse();
        byte[] minimal = Hex.bytes("30 10 02 00          # no X, N=1 S=1");
        assertThat(d.parse(minimal, 0, minimal.length)).isTrue();
        assertThat(d.nonReference()).isTrue();
        assertThat(d.length()).isEqualTo(1);
        assertThat(d.keyframe()).isTrue();
    }

    @Test
    void rewritesPictureIdAndTl0PicIdxInPlace() {
        byte[] buf = new byte[40];
        byte[] packet = Hex.bytes(KEYFRAME);
        System.arraycopy(packet, 0, buf, 12, packet.length);
        Vp8PayloadDescriptor d = new Vp8PayloadDescriptor();
        d.parse(buf, 12, packet.length);

        assertThat(d.setPictureId(0x8001)).isTrue();   // wraps to 15 bits
        assertThat(d.setTl0PicIdx(300)).isTrue();      // wraps to 8 bits
        d.parse(buf, 12, packet.length);
        assertThat(d.pictureId()).isEqualTo(1);
        assertThat(d.pictureIdBytes()).isEqualTo(2);
        assertThat(d.tl0PicIdx()).isEqualTo(44);
        assertThat(d.keyframe()).isTrue();

        byte[] seven = Hex.bytes("90 80 7f 10");
        d.parse(seven, 0, seven.length);
        d.setPictureId(128);
        assertThat(d.pictureId()).isZero();
        byte[] none = Hex.bytes("10 10");
        d.parse(none, 0, none.length);
        assertThat(d.setPictureId(1)).isFalse();
        assertThat(d.setTl0PicIdx(1)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "80", "80 80", "80 80 80", "80 40", "80 10"})
    void rejectsTruncatedDescriptors(String hex) {
        byte[] buf = Hex.bytes(hex);
        assertThat(new Vp8PayloadDescriptor().parse(buf, 0, buf.length)).isFalse();
    }
}
