package dev.parley.media.wire.rtp;

/**
 * Walks the elements of an RFC 8285 header extension block without allocating.
 *
 * <pre>
 * One-byte form (§4.2), profile 0xBEDE:       Two-byte form (§4.3), profile 0x100 + appbits:
 *  0 1 2 3 4 5 6 7                              0                   1
 * +-+-+-+-+-+-+-+-+                             0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5
 * |  ID   |  len  |  then len+1 value bytes    +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * +-+-+-+-+-+-+-+-+                            |       ID      |     length    |  then length value bytes
 *                                              +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 *
 * <p>A zero byte is padding in both forms (§4.1). In the one-byte form id 15 is reserved and ends parsing (§4.2).
 */
final class HeaderExtensions {
    private HeaderExtensions() {
    }

    /** Returns the absolute offset of the value of element {@code id}, or -1; see {@link RtpPacket#findExtension(int)}. */
    static int find(byte[] buf, int blockOffset, int blockLength, int form, int id) {
        if (form == 0 || id <= 0 || id > (form == 1 ? 14 : 255)) {
            return -1;
        }
        int pos = blockOffset;
        int end = blockOffset + blockLength;
        while (pos < end) {
            int first = buf[pos] & 0xFF;
            if (first == 0) {
                pos++;
                continue;
            }
            int elementId;
            int valueLength;
            int headerBytes;
            if (form == 1) {
                elementId = first >>> 4;
                if (elementId == 15) {
                    return -1;
                }
                valueLength = (first & 0x0F) + 1;
                headerBytes = 1;
            } else {
                if (pos + 1 >= end) {
                    return -1;
                }
                elementId = first;
                valueLength = buf[pos + 1] & 0xFF;
                headerBytes = 2;
            }
            int valueOffset = pos + headerBytes;
            if (valueOffset + valueLength > end) {
                return -1;
            }
            if (elementId == id) {
                return valueOffset;
            }
            pos = valueOffset + valueLength;
        }
        return -1;
    }

    /** Value length of the element whose value starts at {@code valueOffset} (the length sits in the byte before). */
    static int valueLength(byte[] buf, int valueOffset, int form) {
        if (valueOffset <= 0 || form == 0) {
            return -1;
        }
        return form == 1 ? (buf[valueOffset - 1] & 0x0F) + 1 : buf[valueOffset - 1] & 0xFF;
    }
}
