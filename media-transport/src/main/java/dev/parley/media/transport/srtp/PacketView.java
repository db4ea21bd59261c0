package dev.parley.media.transport.srtp;

import java.util.Arrays;
import org.jitsi.utils.ByteArrayBuffer;

/**
 * A mutable view {@code (buf, off, len)} that jitsi-srtp transforms in place. Protecting appends the tag within
 * {@code buf} when the caller left room after the packet; only otherwise does {@link #grow} copy into a larger array.
 * Not thread-safe: one view per thread (the reader keeps one per session, senders make their own).
 */
public final class PacketView implements ByteArrayBuffer {

    private byte[] buf;
    private int off;
    private int len;

    /** Points the view at a packet; returns this. */
    public PacketView set(byte[] buf, int off, int len) {
        this.buf = buf;
        this.off = off;
        this.len = len;
        return this;
    }

    @Override
    public byte[] getBuffer() {
        return buf;
    }

    @Override
    public int getOffset() {
        return off;
    }

    @Override
    public int getLength() {
        return len;
    }

    @Override
    public void setLength(int len) {
        this.len = len;
    }

    @Override
    public void setOffset(int off) {
        this.off = off;
    }

    @Override
    public boolean isInvalid() {
        return buf == null;
    }

    @Override
    public void readRegionToBuff(int regionOff, int regionLen, byte[] out) {
        System.arraycopy(buf, off + regionOff, out, 0, regionLen);
    }

    @Override
    public void grow(int extra) {
        if (buf.length - off - len < extra) {
            byte[] larger = Arrays.copyOfRange(buf, off, off + len + extra);
            buf = larger;
            off = 0;
        }
    }

    @Override
    public void append(byte[] data, int n) {
        grow(n);
        System.arraycopy(data, 0, buf, off + len, n);
        len += n;
    }

    @Override
    public void shrink(int n) {
        len = Math.max(0, len - n);
    }
}
