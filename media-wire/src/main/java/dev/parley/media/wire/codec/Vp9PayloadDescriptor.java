package dev.parley.media.wire.codec;

/**
 * The VP9 payload descriptor (RFC 9628 §4.2), parsed into a reusable object (one per stream, no per-packet allocation).
 *
 * <pre>
 *       0 1 2 3 4 5 6 7
 *      +-+-+-+-+-+-+-+-+
 *      |I|P|L|F|B|E|V|Z| (REQUIRED)   I: picture id, P: inter-picture predicted, L: layer indices, F: flexible mode,
 *      +-+-+-+-+-+-+-+-+                B: start of frame, E: end of frame, V: scalability structure, Z: not a reference
 * I:   |M| PICTURE ID  | (REQUIRED if I; M: 15-bit)         for the next spatial layer
 *      +-+-+-+-+-+-+-+-+
 * M:   | EXTENDED PID  |
 *      +-+-+-+-+-+-+-+-+
 * L:   | TID |U| SID |D|              U: switching up point, D: inter-layer dependency
 *      +-+-+-+-+-+-+-+-+
 *      |   TL0PICIDX   | (if L and not F)
 *      +-+-+-+-+-+-+-+-+
 *      |    P_DIFF   |N| (if F and P; up to 3, N: another follows)
 *      +-+-+-+-+-+-+-+-+
 * V:   | SS            | scalability structure, §4.2.1
 *      |  ..           |
 *      +-+-+-+-+-+-+-+-+
 * </pre>
 *
 * <p>A key frame's first packet has P=0, B=1 and, with layer indices, SID=0.
 */
public final class Vp9PayloadDescriptor {
    private byte[] buf;
    private int off;
    private int length;
    private int pictureIdOffset;
    private int layerOffset;
    private int tl0PicIdxOffset;

    /**
     * Parses the descriptor at the start of the payload {@code buf[off, off+len)}.
     *
     * @return false when the payload is shorter than the descriptor it announces or has more than 3 P_DIFFs
     */
    public boolean parse(byte[] buf, int off, int len) {
        this.buf = buf;
        this.off = off;
        length = 0;
        pictureIdOffset = -1;
        layerOffset = -1;
        tl0PicIdxOffset = -1;
        if (buf == null || off < 0 || len < 1 || off > buf.length - len) {
            return false;
        }
        int end = off + len;
        int flags = buf[off] & 0xFF;
        int pos = off + 1;
        if ((flags & 0x80) != 0) {
            if (pos >= end) {
                return false;
            }
            pictureIdOffset = pos;
            pos += (buf[pos] & 0x80) != 0 ? 2 : 1;
        }
        if ((flags & 0x20) != 0) {
            layerOffset = pos++;
            if ((flags & 0x10) == 0) {
                tl0PicIdxOffset = pos++;
            }
        }
        if ((flags & 0x10) != 0 && (flags & 0x40) != 0) {
            for (int diffs = 1; ; diffs++) {
                if (pos >= end || diffs > 3) {
                    return false;
                }
                if ((buf[pos++] & 0x01) == 0) {
                    break;
                }
            }
        }
        if ((flags & 0x02) != 0) {
            pos = skipScalabilityStructure(buf, pos, end);
        }
        if (pos < 0 || pos > end) {
            return false;
        }
        length = pos - off;
        return true;
    }

    /**
     * Skips the scalability structure (RFC 9628 §4.2.1): N_S|Y|G|RSV, then (N_S+1) × 4 bytes of width/height if Y, then if G
     * N_G and per group TID|U|R|RSV followed by R P_DIFF bytes. Returns the offset after it, or -1 when truncated.
     */
    private static int skipScalabilityStructure(byte[] buf, int pos, int end) {
        if (pos >= end) {
            return -1;
        }
        int header = buf[pos++] & 0xFF;
        if ((header & 0x10) != 0) {
            pos += 4 * ((header >>> 5) + 1);
        }
        if ((header & 0x08) != 0) {
            if (pos >= end) {
                return -1;
            }
            int groups = buf[pos++] & 0xFF;
            for (int g = 0; g < groups; g++) {
                if (pos >= end) {
                    return -1;
                }
                pos += 1 + ((buf[pos] & 0x0C) >>> 2);
            }
        }
        return pos;
    }

    /** Descriptor length in bytes: where the VP9 payload starts, relative to the RTP payload. */
    public int length() {
        return length;
    }

    /** P: the frame is predicted from earlier pictures (false on a key frame). */
    public boolean interPicturePredicted() {
        return (buf[off] & 0x40) != 0;
    }

    /** F: flexible mode (references given as P_DIFFs instead of TL0PICIDX). */
    public boolean flexibleMode() {
        return (buf[off] & 0x10) != 0;
    }

    /** B: first packet of a layer frame. */
    public boolean startOfFrame() {
        return (buf[off] & 0x08) != 0;
    }

    /** E: last packet of a layer frame. */
    public boolean endOfFrame() {
        return (buf[off] & 0x04) != 0;
    }

    /** V: a scalability structure is present. */
    public boolean hasScalabilityStructure() {
        return (buf[off] & 0x02) != 0;
    }

    /** Z: the frame is not used as reference by the next spatial layer. */
    public boolean notUpperReference() {
        return (buf[off] & 0x01) != 0;
    }

    /** True on the first packet of a key frame: not inter-predicted, start of frame, base spatial layer. */
    public boolean keyframe() {
        return !interPicturePredicted() && startOfFrame() && spatialLayerId() <= 0;
    }

    /** 7- or 15-bit picture id, or -1. */
    public int pictureId() {
        if (pictureIdOffset < 0) {
            return -1;
        }
        return (buf[pictureIdOffset] & 0x80) == 0 ? buf[pictureIdOffset] & 0x7F
            : ((buf[pictureIdOffset] & 0x7F) << 8) | (buf[pictureIdOffset + 1] & 0xFF);
    }

    /** TID 0..7, or -1 without layer indices. */
    public int temporalLayerId() {
        return layerOffset < 0 ? -1 : (buf[layerOffset] & 0xE0) >>> 5;
    }

    /** U: switching up point to a higher temporal layer. */
    public boolean switchingUpPoint() {
        return layerOffset >= 0 && (buf[layerOffset] & 0x10) != 0;
    }

    /** SID 0..7, or -1 without layer indices. */
    public int spatialLayerId() {
        return layerOffset < 0 ? -1 : (buf[layerOffset] & 0x0E) >>> 1;
    }

    /** D: depends on the lower spatial layer of the same picture. */
    public boolean interLayerDependency() {
        return layerOffset >= 0 && (buf[layerOffset] & 0x01) != 0;
    }

    /** TL0PICIDX, or -1 (absent in flexible mode and without layer indices). */
    public int tl0PicIdx() {
        return tl0PicIdxOffset < 0 ? -1 : buf[tl0PicIdxOffset] & 0xFF;
    }
}
