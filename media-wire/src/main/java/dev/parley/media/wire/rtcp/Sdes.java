package dev.parley.media.wire.rtcp;

import dev.parley.media.wire.rtp.Bytes;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Source Description (RFC 3550 §6.5), PT=202: per SSRC a list of typed text items (CNAME=1 is the one WebRTC uses), each chunk
 * ended by a zero byte and padded to 32 bits.
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |V=2|P|    SC   |  PT=SDES=202  |             length            |
 * +=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+
 * |                          SSRC/CSRC_1                          |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |    type=1     |    length     | user and domain name (UTF-8) ...
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |  ... more items, then 0 (END) and zero padding to 32 bits     |
 * +=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+
 * </pre>
 */
public record Sdes(List<Chunk> chunks) implements RtcpPacket {
    /** SDES item type of the canonical name (RFC 3550 §6.5.1). */
    public static final int CNAME = 1;

    /** One SDES item; {@code text} must encode to at most 255 UTF-8 bytes. */
    public record Item(int type, String text) {
        public Item {
            if (type < 1 || type > 255 || text.getBytes(StandardCharsets.UTF_8).length > 255) {
                throw new IllegalArgumentException("SDES item needs type 1..255 and at most 255 bytes, got type " + type);
            }
        }
    }

    /** The items describing one source. */
    public record Chunk(long ssrc, List<Item> items) {
        public Chunk {
            items = List.copyOf(items);
        }

        /** The CNAME text, or null. */
        public String cname() {
            for (Item item : items) {
                if (item.type() == CNAME) {
                    return item.text();
                }
            }
            return null;
        }

        int size() {
            int size = 4 + 1;
            for (Item item : items) {
                size += 2 + item.text().getBytes(StandardCharsets.UTF_8).length;
            }
            return (size + 3) & ~3;
        }
    }

    public Sdes {
        chunks = List.copyOf(chunks);
        if (chunks.size() > 31) {
            throw new IllegalArgumentException("at most 31 chunks fit the SC field, got " + chunks.size());
        }
    }

    /** One chunk with one CNAME: what a WebRTC endpoint sends. */
    public static Sdes cname(long ssrc, String cname) {
        return new Sdes(List.of(new Chunk(ssrc, List.of(new Item(CNAME, cname)))));
    }

    /** Parses a whole SDES packet (padding removed); null when a chunk is truncated or unterminated. */
    public static Sdes parse(byte[] buf, int off, int len) {
        if (!RtcpHeader.fits(buf, off, len)) {
            return null;
        }
        int count = RtcpHeader.count(buf, off);
        int end = off + len;
        int pos = off + RtcpHeader.LENGTH;
        List<Chunk> chunks = new ArrayList<>(count);
        for (int c = 0; c < count; c++) {
            if (end - pos < 4) {
                return null;
            }
            int chunkStart = pos;
            long ssrc = Bytes.u32(buf, pos);
            pos += 4;
            List<Item> items = new ArrayList<>(1);
            while (true) {
                if (pos >= end) {
                    return null;
                }
                int type = buf[pos] & 0xFF;
                if (type == 0) {
                    pos++;
                    break;
                }
                if (end - pos < 2 || end - pos - 2 < (buf[pos + 1] & 0xFF)) {
                    return null;
                }
                int length = buf[pos + 1] & 0xFF;
                String text = new String(buf, pos + 2, length, StandardCharsets.UTF_8);
                if (text.getBytes(StandardCharsets.UTF_8).length > 255) {
                    return null; // invalid UTF-8 grew when replaced; refuse rather than build an item we could not write back
                }
                items.add(new Item(type, text));
                pos += 2 + length;
            }
            pos = chunkStart + ((pos - chunkStart + 3) & ~3);
            chunks.add(new Chunk(ssrc, items));
        }
        return new Sdes(chunks);
    }

    @Override
    public int size() {
        int size = RtcpHeader.LENGTH;
        for (Chunk chunk : chunks) {
            size += chunk.size();
        }
        return size;
    }

    @Override
    public int write(byte[] dst, int off) {
        int size = size();
        if (!RtcpHeader.writeChecked(dst, off, chunks.size(), RtcpHeader.SDES, size)) {
            return -1;
        }
        int pos = off + RtcpHeader.LENGTH;
        for (Chunk chunk : chunks) {
            int chunkEnd = pos + chunk.size();
            Bytes.put32(dst, pos, chunk.ssrc());
            pos += 4;
            for (Item item : chunk.items()) {
                byte[] text = item.text().getBytes(StandardCharsets.UTF_8);
                dst[pos] = (byte) item.type();
                dst[pos + 1] = (byte) text.length;
                System.arraycopy(text, 0, dst, pos + 2, text.length);
                pos += 2 + text.length;
            }
            while (pos < chunkEnd) {
                dst[pos++] = 0;
            }
        }
        return size;
    }
}
