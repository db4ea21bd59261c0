package dev.parley.media.sfu;

import dev.parley.media.sfu.rtp.RtpCodec;
import dev.parley.media.wire.codec.H264Packet;
import dev.parley.media.wire.codec.Vp8PayloadDescriptor;
import dev.parley.media.wire.codec.Vp9PayloadDescriptor;

/**
 * What the SFU reads from each video RTP payload of one Producer, whatever its codec: whether the packet starts a keyframe
 * (a Consumer starts, and a simulcast switch happens, only there), and the packet's spatial and temporal layer ids where the
 * codec's payload descriptor carries them (VP8 TID, RFC 7741 §4.2; VP9 SID/TID, RFC 9628 §4.2), for a layer allocator.
 * H.264 (RFC 6184) has no layer ids in its payload: both read as -1.
 *
 * <p>One per Producer, reused for every packet (the descriptors are parsed in place, no allocation). Loop-thread only.
 */
final class VideoPayload {
    private enum Format { VP8, VP9, H264 }

    private final Format format;
    private final Vp8PayloadDescriptor vp8 = new Vp8PayloadDescriptor();
    private final Vp9PayloadDescriptor vp9 = new Vp9PayloadDescriptor();
    private boolean keyframe;
    private int spatialLayer;
    private int temporalLayer;

    private VideoPayload(Format format) {
        this.format = format;
    }

    /** The reader for a negotiated video codec (VP8, VP9 or H.264; SfuCapabilities accepts no other). */
    static VideoPayload of(RtpCodec codec) {
        String name = codec.mimeType().substring(codec.mimeType().indexOf('/') + 1);
        for (Format f : Format.values()) {
            if (f.name().equalsIgnoreCase(name)) {
                return new VideoPayload(f);
            }
        }
        throw new IllegalArgumentException("no payload reader for " + codec.mimeType());
    }

    /**
     * Reads the payload {@code buf[off, off+len)}; false when it is not a valid payload of the codec (then it is neither a
     * keyframe nor layered). Never throws on malformed bytes.
     */
    boolean read(byte[] buf, int off, int len) {
        keyframe = false;
        spatialLayer = -1;
        temporalLayer = -1;
        switch (format) {
            case VP8 -> {
                if (!vp8.parse(buf, off, len)) {
                    return false;
                }
                keyframe = vp8.keyframe();
                temporalLayer = vp8.temporalLayerId();
            }
            case VP9 -> {
                if (!vp9.parse(buf, off, len)) {
                    return false;
                }
                keyframe = vp9.keyframe();
                spatialLayer = vp9.spatialLayerId();
                temporalLayer = vp9.temporalLayerId();
            }
            case H264 -> {
                if (H264Packet.nalType(buf, off, len) < 0) {
                    return false;
                }
                keyframe = H264Packet.isKeyframe(buf, off, len);
            }
        }
        return true;
    }

    /** The last read packet starts a keyframe (VP8 key frame start; VP9 non-predicted base layer start; H.264 SPS or IDR). */
    boolean keyframe() {
        return keyframe;
    }

    /** The last read packet's spatial layer id (VP9 SID), -1 when the codec or packet carries none. */
    int spatialLayer() {
        return spatialLayer;
    }

    /** The last read packet's temporal layer id (VP8/VP9 TID), -1 when the codec or packet carries none. */
    int temporalLayer() {
        return temporalLayer;
    }

    /** True for VP8, whose picture ids a Consumer keeps continuous across simulcast switches ({@link Vp8Continuity}). */
    boolean vp8() {
        return format == Format.VP8;
    }
}
