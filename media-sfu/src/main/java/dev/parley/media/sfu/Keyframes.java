package dev.parley.media.sfu;

import dev.parley.media.wire.rtp.RtpPacket;

/**
 * Keyframe detection for the video codecs the SFU forwards. v1 forwards VP8 only (SfuCapabilities).
 *
 * <p>VP8 (RFC 7741 §4.2/§4.3): a packet starts a keyframe when its payload descriptor has S=1 and PID=0 (first packet of the
 * frame's first partition) and the VP8 payload header's P bit (bit 0 of its first byte, "inverse key frame") is 0.
 * <pre>
 *       0 1 2 3 4 5 6 7
 *      +-+-+-+-+-+-+-+-+
 *      |X|R|N|S|R| PID | (REQUIRED)
 *      +-+-+-+-+-+-+-+-+
 * X:   |I|L|T|K| RSV   | (OPTIONAL)
 *      +-+-+-+-+-+-+-+-+
 * I:   |M| PictureID   | (OPTIONAL, M=1: 15-bit picture id, one more byte)
 *      +-+-+-+-+-+-+-+-+
 * L:   |   TL0PICIDX   | (OPTIONAL)
 *      +-+-+-+-+-+-+-+-+
 * T/K: |TID|Y| KEYIDX  | (OPTIONAL)
 *      +-+-+-+-+-+-+-+-+
 * </pre>
 */
final class Keyframes {
    private Keyframes() {
    }

    /** True when this VP8 RTP packet begins a keyframe; false for anything malformed. */
    static boolean isVp8Keyframe(RtpPacket packet) {
        byte[] b = packet.buffer();
        int pos = packet.payloadOffset();
        int end = pos + packet.payloadLength();
        if (end - pos < 1) {
            return false;
        }
        int first = b[pos] & 0xFF;
        boolean start = (first & 0x10) != 0;
        int partition = first & 0x07;
        if (!start || partition != 0) {
            return false;
        }
        pos++;
        if ((first & 0x80) != 0) {               // X: extension byte follows
            if (pos >= end) {
                return false;
            }
            int x = b[pos++] & 0xFF;
            if ((x & 0x80) != 0) {               // I: picture id, 7 or 15 bits
                if (pos >= end) {
                    return false;
                }
                pos += (b[pos] & 0x80) != 0 ? 2 : 1;
            }
            if ((x & 0x40) != 0) {               // L: TL0PICIDX
                pos++;
            }
            if ((x & 0x30) != 0) {               // T or K: TID/Y/KEYIDX
                pos++;
            }
        }
        return pos < end && (b[pos] & 0x01) == 0;
    }
}
