package dev.parley.media.wire.codec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.media.wire.rtp.Hex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Vp9PayloadDescriptorTest {
    @Test
    void parsesANonFlexibleKeyFrameWithScalabilityStructure() {
        byte[] buf = Hex.bytes("""
            aa            # I=1 P=0 L=1 F=0 B=1 E=0 V=1 Z=0
            80 2a         # M=1 picture id 42
            10            # TID=0 U=1 SID=0 D=0
            05            # TL0PICIDX 5
            18            # SS: N_S=0 (1 layer) Y=1 G=1
            02 80 01 68   # width 640, height 360
            01            # N_G=1
            04 01         # group: TID=0 U=0 R=1, P_DIFF 1
            82 49 83 42   # VP9 frame
            """);
        Vp9PayloadDescriptor d = new Vp9PayloadDescriptor();

        assertThat(d.parse(buf, 0, buf.length)).isTrue();
        assertThat(d.length()).isEqualTo(13);
        assertThat(d.keyframe()).isTrue();
        assertThat(d.pictureId()).isEqualTo(42);
        assertThat(d.temporalLayerId()).isZero();
        assertThat(d.switchingUpPoint()).isTrue();
        assertThat(d.spatialLayerId()).isZero();
        assertThat(d.interLayerDependency()).isFalse();
        assertThat(d.tl0PicIdx()).isEqualTo(5);
        assertThat(d.hasScalabilityStructure()).isTrue();
        assertThat(d.startOfFrame()).isTrue();
        assertThat(d.endOfFrame()).isFalse();
        assertThat(d.flexibleMode()).isFalse();
    }

    @Test
    void parsesAFlexibleModeDeltaFrameOnAnUpperSpatialLayer() {
        byte[] buf = Hex.bytes("""
            fd            # I=1 P=1 L=1 F=1 B=1 E=1 V=0 Z=1
            05            # 7-bit picture id 5
            43            # TID=2 U=0 SID=1 D=1
            03 04         # P_DIFF 1 (N=1), P_DIFF 2 (N=0)
            00 00
            """);
        Vp9PayloadDescriptor d = new Vp9PayloadDescriptor();

        assertThat(d.parse(buf, 0, buf.length)).isTrue();
        assertThat(d.length()).isEqualTo(5);
        assertThat(d.keyframe()).isFalse();
        assertThat(d.pictureId()).isEqualTo(5);
        assertThat(d.temporalLayerId()).isEqualTo(2);
        assertThat(d.spatialLayerId()).isEqualTo(1);
        assertThat(d.interLayerDependency()).isTrue();
        assertThat(d.tl0PicIdx()).isEqualTo(-1);
        assertThat(d.notUpperReference()).isTrue();
    }

    @Test
    void upperSpatialLayerOfAKeyPictureIsNotTheKeyFrameStart() {
        byte[] buf = Hex.bytes("a8 01 02 00 00   # I=1 P=0 L=1 B=1, picture id 1, SID=1, TL0PICIDX 0");
        Vp9PayloadDescriptor d = new Vp9PayloadDescriptor();
        assertThat(d.parse(buf, 0, buf.length)).isTrue();
        assertThat(d.spatialLayerId()).isEqualTo(1);
        assertThat(d.keyframe()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "80", "80 80", "a0 01", "d0 01 03 03 03 03 00", "02", "02 10 00", "02 08", "02 08 02 00"})
    void rejectsTruncatedDescriptors(String hex) {
        byte[] buf = Hex.bytes(hex);
        assertThat(new Vp9PayloadDescriptor().parse(buf, 0, buf.length)).isFalse();
    }
}
