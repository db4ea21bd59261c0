package dev.parley.media.transport;

import java.nio.ByteBuffer;

/**
 * RFC 4571 framing, the way ICE-TCP (RFC 6544 §3) carries STUN, DTLS, RTP and RTCP over a TCP stream: each packet is preceded
 * by its length as a 16-bit unsigned big-endian integer.
 *
 * <pre>
 *   0                   1                   2                   3
 *   0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 *  +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 *  |             LENGTH            |  STUN / DTLS / RTP / RTCP ... |
 *  +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 *
 * Pure functions over buffers; the connection owns the buffers and the socket.
 */
final class TcpFraming {
    /** The length prefix: 2 bytes. */
    static final int HEADER = 2;

    /** Receives each complete frame as a view valid only during the call. */
    interface FrameSink {
        void frame(byte[] buf, int off, int len);
    }

    /** What {@link #drain} found in the buffer. */
    enum Outcome {
        /** Every complete frame was delivered; any partial frame stays in the buffer for the next read. */
        OK,
        /** A frame claims more than the maximum size: the connection must be closed (nothing after it can be trusted). */
        OVERSIZE
    }

    private TcpFraming() {
    }

    /**
     * Delivers the complete frames of {@code in} (in read mode: position..limit are unread bytes) to {@code sink} and leaves
     * {@code in} compacted (in write mode, ready for the next read) with any partial frame at its start. A zero-length frame
     * carries nothing and is skipped (RFC 4571 does not forbid it).
     */
    static Outcome drain(ByteBuffer in, int maxFrame, FrameSink sink) {
        try {
            while (in.remaining() >= HEADER) {
                int at = in.position();
                int len = Short.toUnsignedInt(in.getShort(at));
                if (len > maxFrame) {
                    return Outcome.OVERSIZE;
                }
                if (in.remaining() < HEADER + len) {
                    break;
                }
                in.position(at + HEADER + len);
                if (len > 0) {
                    sink.frame(in.array(), in.arrayOffset() + at + HEADER, len);
                }
            }
            return Outcome.OK;
        } finally {
            in.compact();
        }
    }

    /**
     * Appends one frame to {@code out} (in write mode) if it fits whole; a frame is never split across a full buffer.
     *
     * @return false if there was no room (the caller counts the drop)
     */
    static boolean append(ByteBuffer out, byte[] buf, int off, int len) {
        if (len > 0xFFFF || out.remaining() < HEADER + len) {
            return false;
        }
        out.putShort((short) len).put(buf, off, len);
        return true;
    }
}
