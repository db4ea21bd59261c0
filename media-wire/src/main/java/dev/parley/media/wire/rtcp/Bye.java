package dev.parley.media.wire.rtcp;

import dev.parley.media.wire.rtp.Bytes;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Goodbye (RFC 3550 §6.6), PT=203: the listed sources are leaving, with an optional reason.
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |V=2|P|    SC   |   PT=BYE=203  |             length            |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                           SSRC/CSRC                           |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * :                              ...                              :
 * +=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+
 * |     length    |               reason for leaving            ... (opt, UTF-8, zero-padded to 32 bits)
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 *
 * @param reason null when absent; at most 255 UTF-8 bytes
 */
public record Bye(List<Long> ssrcs, String reason) implements RtcpPacket {
    public Bye {
        ssrcs = List.copyOf(ssrcs);
        if (ssrcs.size() > 31 || (reason != null && reason.getBytes(StandardCharsets.UTF_8).length > 255)) {
            throw new IllegalArgumentException("BYE holds at most 31 SSRCs and a 255-byte reason");
        }
    }

    /** Parses a whole BYE packet (padding removed); null when truncated. */
    public static Bye parse(byte[] buf, int off, int len) {
        if (!RtcpHeader.fits(buf, off, len)) {
            return null;
        }
        int count = RtcpHeader.count(buf, off);
        int reasonAt = RtcpHeader.LENGTH + 4 * count;
        if (len < reasonAt) {
            return null;
        }
        List<Long> ssrcs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ssrcs.add(Bytes.u32(buf, off + RtcpHeader.LENGTH + 4 * i));
        }
        String reason = null;
        if (len > reasonAt) {
            int length = buf[off + reasonAt] & 0xFF;
            if (len - reasonAt - 1 < length) {
                return null;
            }
            reason = new String(buf, off + reasonAt + 1, length, StandardCharsets.UTF_8);
            if (reason.getBytes(StandardCharsets.UTF_8).length > 255) {
                // Invalid UTF-8 grew when each bad byte became U+FFFD (3 bytes): the reason could not be written back, and the
                // constructor would throw on attacker bytes. The reason is only informational; the leaving SSRCs still count.
                reason = null;
            }
        }
        return new Bye(ssrcs, reason);
    }

    @Override
    public int size() {
        int size = RtcpHeader.LENGTH + 4 * ssrcs.size();
        if (reason != null) {
            size += (1 + reason.getBytes(StandardCharsets.UTF_8).length + 3) & ~3;
        }
        return size;
    }

    @Override
    public int write(byte[] dst, int off) {
        int size = size();
        if (!RtcpHeader.writeChecked(dst, off, ssrcs.size(), RtcpHeader.BYE, size)) {
            return -1;
        }
        int pos = off + RtcpHeader.LENGTH;
        for (long ssrc : ssrcs) {
            Bytes.put32(dst, pos, ssrc);
            pos += 4;
        }
        if (reason != null) {
            byte[] text = reason.getBytes(StandardCharsets.UTF_8);
            dst[pos] = (byte) text.length;
            System.arraycopy(text, 0, dst, pos + 1, text.length);
            for (int i = pos + 1 + text.length; i < off + size; i++) {
                dst[i] = 0;
            }
        }
        return size;
    }
}
