package dev.parley.media.wire.rtp;

/**
 * A view over one RTP packet held in {@code (buf, off, len)}, parsed in place (RFC 3550 §5.1).
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |V=2|P|X|  CC   |M|     PT      |       sequence number         |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                           timestamp                           |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |           synchronization source (SSRC) identifier            |
 * +=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+
 * |            contributing source (CSRC) identifiers             |
 * |                             ....                              |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |      defined by profile       |           length              |  (if X: RFC 3550 §5.3.1,
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+   length in 32-bit words)
 * |                        header extension                       |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                    payload ...   | padding | padding count    |  (if P: last byte counts padding)
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 *
 * <p>The view shares the caller's array: setters write straight into it, so a forwarded packet is rewritten without a copy.
 * Header extension elements (RFC 8285) are looked up with {@link #findExtension(int)}, which scans the small extension block
 * and allocates nothing.
 */
public final class RtpPacket {
    /** Fixed header length in bytes (RFC 3550 §5.1). */
    public static final int FIXED_HEADER_LENGTH = 12;
    /** "defined by profile" value of the RFC 8285 §4.2 one-byte header form. */
    public static final int ONE_BYTE_PROFILE = 0xBEDE;
    /** Top 12 bits of the RFC 8285 §4.3 two-byte header form's profile (0x100 then 4 "appbits"). */
    public static final int TWO_BYTE_PROFILE_MASK = 0x1000;

    private final byte[] buf;
    private final int off;
    private final int len;
    private final int headerLength;
    private final int paddingLength;
    private final int extensionProfile;
    private final int extensionOffset;
    private final int extensionLength;

    private RtpPacket(byte[] buf, int off, int len, int headerLength, int paddingLength,
                      int extensionProfile, int extensionOffset, int extensionLength) {
        this.buf = buf;
        this.off = off;
        this.len = len;
        this.headerLength = headerLength;
        this.paddingLength = paddingLength;
        this.extensionProfile = extensionProfile;
        this.extensionOffset = extensionOffset;
        this.extensionLength = extensionLength;
    }

    /**
     * Parses the packet in {@code buf[off, off+len)}.
     *
     * @return the view, or null when the bytes are not a well-formed RTP packet: version is not 2, the fixed header, CSRC list or
     *     extension block is truncated, or the padding count is zero or longer than the payload
     */
    public static RtpPacket parse(byte[] buf, int off, int len) {
        if (!Bytes.inBounds(buf, off, len) || len < FIXED_HEADER_LENGTH || (buf[off] & 0xC0) != 0x80) {
            return null;
        }
        int headerLength = FIXED_HEADER_LENGTH + 4 * (buf[off] & 0x0F);
        int profile = -1;
        int extOffset = -1;
        int extLength = 0;
        if ((buf[off] & 0x10) != 0) {
            if (len < headerLength + 4) {
                return null;
            }
            profile = Bytes.u16(buf, off + headerLength);
            extLength = 4 * Bytes.u16(buf, off + headerLength + 2);
            extOffset = off + headerLength + 4;
            headerLength += 4 + extLength;
        }
        if (len < headerLength) {
            return null;
        }
        int padding = 0;
        if ((buf[off] & 0x20) != 0) {
            padding = buf[off + len - 1] & 0xFF;
            if (padding == 0 || padding > len - headerLength) {
                return null;
            }
        }
        return new RtpPacket(buf, off, len, headerLength, padding, profile, extOffset, extLength);
    }

    /** Cheap check (RFC 3550 §5.1) used before a full parse: long enough for a fixed header and version 2. */
    public static boolean looksLikeRtp(byte[] buf, int off, int len) {
        return Bytes.inBounds(buf, off, len) && len >= FIXED_HEADER_LENGTH && (buf[off] & 0xC0) == 0x80;
    }

    /** Reads the SSRC of an RTP packet without parsing it; the caller has checked {@link #looksLikeRtp}. */
    public static long ssrc(byte[] buf, int off) {
        return Bytes.u32(buf, off + 8);
    }

    /** Reads the sequence number of an RTP packet without parsing it; the caller has checked {@link #looksLikeRtp}. */
    public static int sequenceNumber(byte[] buf, int off) {
        return Bytes.u16(buf, off + 2);
    }

    public byte[] buffer() {
        return buf;
    }

    public int offset() {
        return off;
    }

    public int length() {
        return len;
    }

    public int version() {
        return (buf[off] & 0xC0) >>> 6;
    }

    public boolean hasPadding() {
        return (buf[off] & 0x20) != 0;
    }

    public boolean hasExtension() {
        return (buf[off] & 0x10) != 0;
    }

    public int csrcCount() {
        return buf[off] & 0x0F;
    }

    /** The i-th contributing source, {@code 0 <= i < csrcCount()}. */
    public long csrc(int i) {
        return Bytes.u32(buf, off + FIXED_HEADER_LENGTH + 4 * i);
    }

    public boolean marker() {
        return (buf[off + 1] & 0x80) != 0;
    }

    public int payloadType() {
        return buf[off + 1] & 0x7F;
    }

    public int sequenceNumber() {
        return Bytes.u16(buf, off + 2);
    }

    /** RTP timestamp, unsigned 32 bits, in the clock rate of the payload type. */
    public long timestamp() {
        return Bytes.u32(buf, off + 4);
    }

    public long ssrc() {
        return Bytes.u32(buf, off + 8);
    }

    /** Length of fixed header + CSRCs + extension block, in bytes. */
    public int headerLength() {
        return headerLength;
    }

    /** Absolute offset into {@link #buffer()} where the payload starts. */
    public int payloadOffset() {
        return off + headerLength;
    }

    /** Payload length in bytes, padding excluded. */
    public int payloadLength() {
        return len - headerLength - paddingLength;
    }

    /** Number of padding bytes at the end, including the count byte itself (0 when P is clear). */
    public int paddingLength() {
        return paddingLength;
    }

    /** The extension block's "defined by profile" field, or -1 when X is clear. */
    public int extensionProfile() {
        return extensionProfile;
    }

    public void setMarker(boolean marker) {
        buf[off + 1] = (byte) (marker ? buf[off + 1] | 0x80 : buf[off + 1] & 0x7F);
    }

    /** Writes the 7-bit payload type, keeping the marker bit. */
    public void setPayloadType(int payloadType) {
        buf[off + 1] = (byte) ((buf[off + 1] & 0x80) | (payloadType & 0x7F));
    }

    public void setSequenceNumber(int sequenceNumber) {
        Bytes.put16(buf, off + 2, sequenceNumber);
    }

    public void setTimestamp(long timestamp) {
        Bytes.put32(buf, off + 4, timestamp);
    }

    public void setSsrc(long ssrc) {
        Bytes.put32(buf, off + 8, ssrc);
    }

    /**
     * Finds the RFC 8285 header extension element with this id.
     *
     * @return the absolute offset of the element's value in {@link #buffer()}, or -1 when the packet has no RFC 8285 block, the id
     *     is absent, or the block is malformed before the id is reached
     */
    public int findExtension(int id) {
        return HeaderExtensions.find(buf, extensionOffset, extensionLength, extensionForm(), id);
    }

    /** Like {@link #findExtension(int)} but -1 unless the value is exactly {@code length} bytes (typed readers use this). */
    public int findExtension(int id, int length) {
        int at = findExtension(id);
        return at >= 0 && extensionLength(at) == length ? at : -1;
    }

    /** Length in bytes of the extension value found at {@code valueOffset} by {@link #findExtension(int)}. */
    public int extensionLength(int valueOffset) {
        return HeaderExtensions.valueLength(buf, valueOffset, extensionForm());
    }

    /**
     * Overwrites the value of extension {@code id} in place; only allowed when the new value has the same length as the old one
     * (the SFU renumbers transport-wide-cc this way without moving the payload).
     *
     * @return false when the id is absent or the lengths differ
     */
    public boolean rewriteExtension(int id, byte[] value, int valueOff, int valueLen) {
        int at = findExtension(id);
        if (at < 0 || extensionLength(at) != valueLen) {
            return false;
        }
        System.arraycopy(value, valueOff, buf, at, valueLen);
        return true;
    }

    /** Which RFC 8285 form the extension block uses: 1 (one-byte), 2 (two-byte) or 0 (none / another profile). */
    public int extensionForm() {
        if (extensionProfile == ONE_BYTE_PROFILE) {
            return 1;
        }
        return (extensionProfile & 0xFFF0) == TWO_BYTE_PROFILE_MASK ? 2 : 0;
    }

    @Override
    public String toString() {
        return "RtpPacket[ssrc=" + ssrc() + ", pt=" + payloadType() + ", seq=" + sequenceNumber() + ", ts=" + timestamp()
            + ", m=" + marker() + ", payload=" + payloadLength() + "]";
    }
}
