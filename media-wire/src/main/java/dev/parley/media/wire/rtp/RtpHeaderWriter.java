package dev.parley.media.wire.rtp;

/**
 * Writes an RTP fixed header (RFC 3550 §5.1) and an optional RFC 8285 one-byte extension block into a buffer; used by synthetic
 * senders (probing, load tests) and tests. Not a hot-path class for forwarding, which rewrites received packets in place.
 *
 * <p>Usage: {@code new RtpHeaderWriter(buf, off).header(pt, marker, seq, ts, ssrc).extension(3, value).finish()} returns the
 * header length; the caller writes the payload after it.
 */
public final class RtpHeaderWriter {
    private final byte[] buf;
    private final int off;
    private int pos;
    private int extensionStart = -1;

    public RtpHeaderWriter(byte[] buf, int off) {
        this.buf = buf;
        this.off = off;
        this.pos = off;
    }

    /** Writes the 12-byte fixed header (V=2, no padding, no CSRC). */
    public RtpHeaderWriter header(int payloadType, boolean marker, int sequenceNumber, long timestamp, long ssrc) {
        buf[off] = (byte) 0x80;
        buf[off + 1] = (byte) ((marker ? 0x80 : 0) | (payloadType & 0x7F));
        Bytes.put16(buf, off + 2, sequenceNumber);
        Bytes.put32(buf, off + 4, timestamp);
        Bytes.put32(buf, off + 8, ssrc);
        pos = off + RtpPacket.FIXED_HEADER_LENGTH;
        return this;
    }

    /** Appends a one-byte-form element (id 1..14, value 1..16 bytes); opens the 0xBEDE block on first use. */
    public RtpHeaderWriter extension(int id, byte[] value) {
        if (id < 1 || id > 14 || value.length < 1 || value.length > 16) {
            throw new IllegalArgumentException("one-byte extension needs id 1..14 and 1..16 bytes, got id " + id);
        }
        if (extensionStart < 0) {
            buf[off] |= 0x10;
            Bytes.put16(buf, pos, RtpPacket.ONE_BYTE_PROFILE);
            extensionStart = pos + 4;
            pos = extensionStart;
        }
        buf[pos++] = (byte) ((id << 4) | (value.length - 1));
        System.arraycopy(value, 0, buf, pos, value.length);
        pos += value.length;
        return this;
    }

    /** Pads the extension block to 32 bits, writes its length, and returns the total header length in bytes. */
    public int finish() {
        if (extensionStart >= 0) {
            while ((pos - extensionStart) % 4 != 0) {
                buf[pos++] = 0;
            }
            Bytes.put16(buf, extensionStart - 2, (pos - extensionStart) / 4);
        }
        return pos - off;
    }
}
