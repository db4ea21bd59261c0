package dev.parley.media.wire.codec;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class CodecPropertyTest {
    @Property(tries = 2000)
    void randomPayloadsNeverThrow(@ForAll @Size(max = 40) byte[] payload) {
        Vp8PayloadDescriptor vp8 = new Vp8PayloadDescriptor();
        if (vp8.parse(payload, 0, payload.length)) {
            assertThat(vp8.length()).isBetween(1, payload.length);
            vp8.pictureId();
            vp8.tl0PicIdx();
            vp8.keyIndex();
            vp8.setPictureId(1);
            vp8.setTl0PicIdx(1);
        }
        Vp9PayloadDescriptor vp9 = new Vp9PayloadDescriptor();
        if (vp9.parse(payload, 0, payload.length)) {
            assertThat(vp9.length()).isBetween(1, payload.length);
            vp9.pictureId();
            vp9.keyframe();
            vp9.tl0PicIdx();
        }
        H264Packet.isKeyframe(payload, 0, payload.length);
    }

    @Property
    void pictureIdRewriteKeepsEveryOtherField(@ForAll @IntRange(max = 0x7FFF) int pictureId,
                                             @ForAll @IntRange(max = 255) int tl0, @ForAll boolean fifteenBits) {
        byte[] buf = fifteenBits ? new byte[] {(byte) 0x90, (byte) 0xE0, (byte) 0x80, 0, 9, 0x40, 0x10}
            : new byte[] {(byte) 0x90, (byte) 0xE0, 0, 9, 0x40, 0x10};
        Vp8PayloadDescriptor d = new Vp8PayloadDescriptor();
        d.parse(buf, 0, buf.length);
        d.setPictureId(pictureId);
        d.setTl0PicIdx(tl0);
        d.parse(buf, 0, buf.length);

        assertThat(d.pictureId()).isEqualTo(fifteenBits ? pictureId : pictureId & 0x7F);
        assertThat(d.tl0PicIdx()).isEqualTo(tl0);
        assertThat(d.temporalLayerId()).isEqualTo(1);
        assertThat(d.keyframe()).isTrue();
        assertThat(d.length()).isEqualTo(buf.length - 1);
    }
}
