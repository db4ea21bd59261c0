package dev.parley.media.wire.codec;

/**
 * The VP8 payload descriptor (RFC 7741 §4.2) at the start of a VP8 RTP payload, parsed into a reusable object so that the
 * per-packet path allocates nothing: keep one instance per stream and call {@link #parse} for each packet.
 *
 * <pre>
 *       0 1 2 3 4 5 6 7
 *      +-+-+-+-+-+-+-+-+
 *      |X|R|N|S|R| PID | (REQUIRED)   X: extensions present, N: non-reference frame, S: start of partition
 *      +-+-+-+-+-+-+-+-+
 * X:   |I|L|T|K| RSV   | (OPTIONAL)   I: picture id, L: TL0PICIDX, T: TID, K: KEYIDX present
 *      +-+-+-+-+-+-+-+-+
 * I:   |M| PictureID   | (OPTIONAL)   M: 15-bit picture id (else 7-bit)
 *      +-+-+-+-+-+-+-+-+
 * M:   |   PictureID   | (OPTIONAL)
 *      +-+-+-+-+-+-+-+-+
 * L:   |   TL0PICIDX   | (OPTIONAL)
 *      +-+-+-+-+-+-+-+-+
 * T/K: |TID|Y| KEYIDX  | (OPTIONAL)   Y: layer sync
 *      +-+-+-+-+-+-+-+-+
 * </pre>
 *
 * <p>The VP8 payload header (RFC 7741 §4.3) follows in the first packet of a frame (S=1, PID=0); its lowest bit P is 0 for a key
 * frame. A simulcast consumer rewrites picture id and TL0PICIDX in place so that switching encodings stays continuous for the
 * decoder ({@link #setPictureId}, {@link #setTl0PicIdx}); the field widths never change, so the payload never moves.
 */
public final class Vp8PayloadDescriptor {
    private byte[] buf;
    private int off;
    private int length;
    private int pictureIdOffset;
    private int pictureIdBytes;
    private int tl0PicIdxOffset;
    private int tidOffset;
    private boolean keyframe;

    /**
     * Parses the descriptor of the payload {@code buf[off, off+len)}.
     *
     * @return false when the payload is too short for the descriptor it announces (nothing else is valid then)
     */
    public boolean parse(byte[] buf, int off, int len) {
        this.buf = buf;
        this.off = off;
        pictureIdOffset = -1;
        pictureIdBytes = 0;
        tl0PicIdxOffset = -1;
        tidOffset = -1;
        keyframe = false;
        length = 0;
        if (buf == null || off < 0 || len < 1 || off > buf.length - len) {
            return false;
        }
        int pos = off + 1;
        int end = off + len;
        if ((buf[off] & 0x80) != 0) {
            if (pos >= end) {
                return false;
            }
            int ext = buf[pos++] & 0xFF;
            if ((ext & 0x80) != 0) {
                if (pos >= end) {
                    return false;
                }
                pictureIdOffset = pos;
                pictureIdBytes = (buf[pos] & 0x80) != 0 ? 2 : 1;
                pos += pictureIdBytes;
            }
            if ((ext & 0x40) != 0) {
                tl0PicIdxOffset = pos++;
            }
            if ((ext & 0x30) != 0) {
                tidOffset = pos++;
            }
            if (pos > end) {
                return false;
            }
        }
        length = pos - off;
        keyframe = startOfPartition() && partitionId() == 0 && pos < end && (buf[pos] & 0x01) == 0;
        return true;
    }

    /** Descriptor length in bytes: where the VP8 payload starts, relative to the RTP payload. */
    public int length() {
        return length;
    }

    /** N: the frame is not used as a reference, so dropping it harms nothing else. */
    public boolean nonReference() {
        return (buf[off] & 0x20) != 0;
    }

    /** S: this packet starts a VP8 partition. */
    public boolean startOfPartition() {
        return (buf[off] & 0x10) != 0;
    }

    public int partitionId() {
        return buf[off] & 0x07;
    }

    /** True on the first packet of a key frame (S=1, PID=0 and the payload header's inverse key-frame bit clear). */
    public boolean keyframe() {
        return keyframe;
    }

    /** The 7- or 15-bit picture id, or -1 when absent. */
    public int pictureId() {
        if (pictureIdOffset < 0) {
            return -1;
        }
        return pictureIdBytes == 1 ? buf[pictureIdOffset] & 0x7F
            : ((buf[pictureIdOffset] & 0x7F) << 8) | (buf[pictureIdOffset + 1] & 0xFF);
    }

    /** 1 for a 7-bit picture id, 2 for 15-bit (M set), 0 when absent. */
    public int pictureIdBytes() {
        return pictureIdBytes;
    }

    /** TL0PICIDX (running index of base-layer frames), or -1 when absent. */
    public int tl0PicIdx() {
        return tl0PicIdxOffset < 0 ? -1 : buf[tl0PicIdxOffset] & 0xFF;
    }

    /** Temporal layer id 0..3, or -1 when the T/K byte is absent. */
    public int temporalLayerId() {
        return tidOffset < 0 ? -1 : (buf[tidOffset] & 0xC0) >>> 6;
    }

    /** Y: a layer sync point (the frame depends only on base-layer frames). False when absent. */
    public boolean layerSync() {
        return tidOffset >= 0 && (buf[tidOffset] & 0x20) != 0;
    }

    /** KEYIDX, or -1 when the T/K byte is absent. */
    public int keyIndex() {
        return tidOffset < 0 ? -1 : buf[tidOffset] & 0x1F;
    }

    /** Rewrites the picture id in place, masked to the existing width; false when the packet has none. */
    public boolean setPictureId(int pictureId) {
        if (pictureIdOffset < 0) {
            return false;
        }
        if (pictureIdBytes == 1) {
            buf[pictureIdOffset] = (byte) (pictureId & 0x7F);
        } else {
            buf[pictureIdOffset] = (byte) (0x80 | ((pictureId >>> 8) & 0x7F));
            buf[pictureIdOffset + 1] = (byte) pictureId;
        }
        return true;
    }

    /** Rewrites TL0PICIDX in place; false when the packet has none. */
    public boolean setTl0PicIdx(int tl0PicIdx) {
        if (tl0PicIdxOffset < 0) {
            return false;
        }
        buf[tl0PicIdxOffset] = (byte) tl0PicIdx;
        return true;
    }

    /** Convenience for one-off checks: true when this VP8 payload starts a key frame. */
    public static boolean isKeyframe(byte[] buf, int off, int len) {
        Vp8PayloadDescriptor d = new Vp8PayloadDescriptor();
        return d.parse(buf, off, len) && d.keyframe();
    }
}
