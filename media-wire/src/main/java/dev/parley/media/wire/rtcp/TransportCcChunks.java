package dev.parley.media.wire.rtcp;

import dev.parley.media.wire.rtp.Bytes;

/**
 * Packet status chunks of transport-cc feedback (draft-holmer-rmcat-transport-wide-cc-extensions-01 §3.1.3, §3.1.4).
 *
 * <pre>
 * Run length chunk (T=0): a run of one status.     Status vector chunk (T=1): a list of statuses.
 *  0                   1                            0                   1
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+               +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |T| S |       Run Length        |               |T|S|       symbol list         |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+               +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 *                                                  S=0: 14 one-bit symbols (0 not received, 1 small delta)
 *                                                  S=1: 7 two-bit symbols (00, 01 small, 10 large or negative delta)
 * </pre>
 *
 * <p>Statuses: 0 = not received, 1 = received with a 1-byte delta, 2 = received with a 2-byte delta, 3 = reserved.
 */
final class TransportCcChunks {
    static final int NOT_RECEIVED = 0;
    static final int SMALL_DELTA = 1;
    static final int LARGE_DELTA = 2;
    private static final int MAX_RUN = 0x1FFF;

    private TransportCcChunks() {
    }

    /**
     * Decodes chunks at {@code pos} until {@code statuses} is full.
     *
     * @return the offset after the last chunk, or -1 when the chunks run past {@code end} or use the reserved status 3
     */
    static int decode(byte[] buf, int pos, int end, byte[] statuses) {
        int n = 0;
        while (n < statuses.length) {
            if (end - pos < 2) {
                return -1;
            }
            int chunk = Bytes.u16(buf, pos);
            pos += 2;
            if ((chunk & 0x8000) == 0) {
                int status = (chunk >>> 13) & 0x3;
                if (status == 3) {
                    return -1;
                }
                for (int run = chunk & MAX_RUN; run > 0 && n < statuses.length; run--) {
                    statuses[n++] = (byte) status;
                }
            } else if ((chunk & 0x4000) == 0) {
                for (int bit = 13; bit >= 0 && n < statuses.length; bit--) {
                    statuses[n++] = (byte) ((chunk >>> bit) & 0x1);
                }
            } else {
                for (int shift = 12; shift >= 0 && n < statuses.length; shift -= 2) {
                    int status = (chunk >>> shift) & 0x3;
                    if (status == 3) {
                        return -1;
                    }
                    statuses[n++] = (byte) status;
                }
            }
        }
        return pos;
    }

    /**
     * Encodes {@code statuses[0, count)} as chunks into {@code dst} (or only counts them when {@code dst} is null).
     * Greedy: a run of 14 or more becomes a run-length chunk; otherwise 14 statuses that are all 0/1 share a one-bit vector;
     * otherwise a run of 7+ is a run-length chunk, else a two-bit vector of 7.
     *
     * @return the number of chunks
     */
    static int encode(byte[] statuses, int count, byte[] dst, int off) {
        int chunks = 0;
        int i = 0;
        while (i < count) {
            int run = 1;
            while (i + run < count && statuses[i + run] == statuses[i] && run < MAX_RUN) {
                run++;
            }
            int oneBit = Math.min(14, count - i);
            int chunk;
            int consumed;
            if (run >= 14) {
                chunk = (statuses[i] << 13) | run;
                consumed = run;
            } else if (allAtMostOne(statuses, i, oneBit)) {
                chunk = 0x8000;
                for (int k = 0; k < oneBit; k++) {
                    chunk |= statuses[i + k] << (13 - k);
                }
                consumed = oneBit;
            } else if (run >= 7) {
                chunk = (statuses[i] << 13) | run;
                consumed = run;
            } else {
                int twoBit = Math.min(7, count - i);
                chunk = 0xC000;
                for (int k = 0; k < twoBit; k++) {
                    chunk |= statuses[i + k] << (12 - 2 * k);
                }
                consumed = twoBit;
            }
            if (dst != null) {
                Bytes.put16(dst, off + 2 * chunks, chunk);
            }
            chunks++;
            i += consumed;
        }
        return chunks;
    }

    private static boolean allAtMostOne(byte[] statuses, int from, int count) {
        for (int k = from; k < from + count; k++) {
            if (statuses[k] > 1) {
                return false;
            }
        }
        return true;
    }
}
