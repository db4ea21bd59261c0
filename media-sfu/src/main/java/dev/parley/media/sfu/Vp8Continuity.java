package dev.parley.media.sfu;

import dev.parley.media.wire.codec.Vp8PayloadDescriptor;

/**
 * Keeps VP8 picture ids and TL0PICIDX continuous in a Consumer's stream when its source encoding changes (RFC 7741 §4.2):
 * each simulcast encoding numbers its own pictures, and a receiver that sees the picture id jump back may treat the new frames
 * as old ones and drop them. Output = input + offset, in the field's own width (7 or 15 bits; 8 bits for TL0PICIDX); at a
 * switch the offsets are chosen so the new encoding's first picture follows the last one sent.
 * Rewrites in place, in the Consumer's already rewritten copy. Loop-thread only.
 */
final class Vp8Continuity {
    private final Vp8PayloadDescriptor descriptor = new Vp8PayloadDescriptor();
    private int pictureIdOffset;
    private int tl0Offset;
    private int lastPictureId = -1;
    private int lastTl0 = -1;
    private boolean switching;

    /** The next packet comes from another encoding (it is a keyframe). */
    void switchSource() {
        switching = true;
    }

    /** Rewrites the descriptor of the VP8 payload at {@code buf[off, off+len)}. */
    void rewrite(byte[] buf, int off, int len) {
        if (!descriptor.parse(buf, off, len)) {
            return;
        }
        int pictureId = descriptor.pictureId();
        int tl0 = descriptor.tl0PicIdx();
        if (switching) {
            switching = false;
            if (pictureId >= 0 && lastPictureId >= 0) {
                pictureIdOffset = lastPictureId + 1 - pictureId;
            }
            if (tl0 >= 0 && lastTl0 >= 0) {
                tl0Offset = lastTl0 + 1 - tl0;
            }
        }
        lastPictureId = pictureId >= 0 ? apply(descriptor, pictureIdOffset, tl0Offset) : lastPictureId;
        if (tl0 >= 0) {
            lastTl0 = descriptor.tl0PicIdx();
        }
    }

    /** The picture-id offset applied to the last rewritten packet (recorded for retransmissions). */
    int pictureIdOffset() {
        return pictureIdOffset;
    }

    /** The TL0PICIDX offset applied to the last rewritten packet. */
    int tl0Offset() {
        return tl0Offset;
    }

    /**
     * Rewrites a retransmitted packet's descriptor with the offsets that were in force when it was first sent (a NACK may
     * arrive after a later switch changed them); touches no state of this stream.
     */
    void rewriteWith(byte[] buf, int off, int len, int pictureIdOffset, int tl0Offset) {
        if (descriptor.parse(buf, off, len)) {
            apply(descriptor, pictureIdOffset, tl0Offset);
        }
    }

    /** Applies the offsets in place, in each field's own width; returns the new picture id, or -1 without one. */
    private static int apply(Vp8PayloadDescriptor descriptor, int pictureIdOffset, int tl0Offset) {
        int out = -1;
        int pictureId = descriptor.pictureId();
        if (pictureId >= 0) {
            int mask = descriptor.pictureIdBytes() == 2 ? 0x7FFF : 0x7F;
            out = (pictureId + pictureIdOffset) & mask;
            descriptor.setPictureId(out);
        }
        int tl0 = descriptor.tl0PicIdx();
        if (tl0 >= 0) {
            descriptor.setTl0PicIdx((tl0 + tl0Offset) & 0xFF);
        }
        return out;
    }
}
