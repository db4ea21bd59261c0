package dev.parley.media.sfu;

import dev.parley.media.sfu.rtp.ConsumerParameters;
import dev.parley.media.sfu.rtp.SfuCapabilities;
import dev.parley.media.wire.rtp.AbsSendTimeExtension;
import dev.parley.media.wire.rtp.Bytes;
import dev.parley.media.wire.rtp.RtpPacket;
import dev.parley.media.wire.rtp.Rtx;

/**
 * Writes the packets one Consumer sends: the received packet rebuilt with the Consumer's header and a fresh RFC 8285 one-byte
 * extension block that uses the recv connection's ids (SfuCapabilities), and retransmissions rebuilt from the source packet.
 *
 * <p>Why a fresh block instead of editing the publisher's: the two connections negotiated different ids, and only some
 * extensions make sense downstream — audio level (copied, RFC 6464) for audio, abs-send-time (our send time) for video, and
 * transport-wide-cc numbered per recv WebRtcTransport so the subscriber's feedback describes our sending.
 * <pre>
 * [V=2 X=1 CC=0 | M PT | seq ] [ ts ] [ ssrc ] [0xBEDE | words] [elements… zero pad to 32 bits] [payload, padding removed]
 * </pre>
 */
final class OutboundPacket {
    private final int payloadType;
    private final long ssrc;
    private final int rtxPayloadType;
    private final long rtxSsrc;
    private final int audioLevelInId;
    private final int audioLevelOutId;
    private final int absSendTimeId;
    private final int transportCcId;

    /** @param audioLevelInId the publisher's audio-level extension id, -1 when it did not negotiate one */
    OutboundPacket(ConsumerParameters parameters, int audioLevelInId) {
        this.payloadType = parameters.codec().payloadType();
        this.ssrc = parameters.ssrc();
        this.rtxPayloadType = parameters.codec().rtxPayloadType();
        this.rtxSsrc = parameters.rtxSsrc();
        this.audioLevelInId = audioLevelInId;
        this.audioLevelOutId = Producer.extensionId(parameters.extensions(), SfuCapabilities.URI_AUDIO_LEVEL);
        this.absSendTimeId = Producer.extensionId(parameters.extensions(), SfuCapabilities.URI_ABS_SEND_TIME);
        this.transportCcId = Producer.extensionId(parameters.extensions(), SfuCapabilities.URI_TRANSPORT_CC);
    }

    /**
     * Writes the rewritten packet at {@code dst[0]}.
     *
     * @return its length; {@code dst} must hold the payload plus 12 + 16 bytes of header (callers use a 1500+ byte buffer, and
     *     received packets are at most 1500 bytes with a header at least as long as ours)
     */
    int write(RtpPacket in, int seq, long ts, int transportSeq, long nowNanos, byte[] dst) {
        int pos = header(in, payloadType, seq, ts, ssrc, transportSeq, nowNanos, dst);
        int payload = in.payloadLength();
        System.arraycopy(in.buffer(), in.payloadOffset(), dst, pos, payload);
        return pos + payload;
    }

    /**
     * Writes a retransmission of source packet {@code in}, which this Consumer first sent as {@code seq} with timestamp
     * {@code ts}: wrapped as RTX (RFC 4588 §4: RTX payload type, SSRC and sequence number, then the original sequence number in
     * front of the payload) when RTX was negotiated, else exactly as {@link #write} wrote it; in both cases with a new
     * transport-wide sequence number and send time. The payload ends the packet, so a caller can find it at
     * {@code length - in.payloadLength()}.
     *
     * @return the length at {@code dst[0]}; same buffer rule as {@link #write} plus the 2-byte OSN
     */
    int retransmission(RtpPacket in, int seq, long ts, int rtxSequence, int transportSeq, long nowNanos, byte[] dst) {
        if (rtxSsrc == 0 || rtxPayloadType < 0) {
            return write(in, seq, ts, transportSeq, nowNanos, dst);
        }
        int pos = header(in, rtxPayloadType, rtxSequence, ts, rtxSsrc, transportSeq, nowNanos, dst);
        Bytes.put16(dst, pos, seq);
        pos += Rtx.OVERHEAD;
        int payload = in.payloadLength();
        System.arraycopy(in.buffer(), in.payloadOffset(), dst, pos, payload);
        return pos + payload;
    }

    /** Writes the fixed header and the fresh extension block; returns where the payload goes. */
    private int header(RtpPacket in, int pt, int seq, long ts, long outSsrc, int transportSeq, long nowNanos, byte[] dst) {
        int pos = RtpPacket.FIXED_HEADER_LENGTH + 4;
        int elements = pos;
        if (audioLevelOutId > 0 && audioLevelInId > 0) {
            int at = in.findExtension(audioLevelInId);
            if (at >= 0 && in.extensionLength(at) >= 1) {
                dst[pos++] = (byte) (audioLevelOutId << 4);               // L = 0: one byte
                dst[pos++] = in.buffer()[at];
            }
        }
        if (absSendTimeId > 0) {
            dst[pos++] = (byte) ((absSendTimeId << 4) | 2);              // L = 2: three bytes
            Bytes.put24(dst, pos, AbsSendTimeExtension.fromMicros(nowNanos / 1000));
            pos += 3;
        }
        if (transportCcId > 0) {
            dst[pos++] = (byte) ((transportCcId << 4) | 1);              // L = 1: two bytes
            Bytes.put16(dst, pos, transportSeq);
            pos += 2;
        }
        boolean extension = pos > elements;
        if (extension) {
            while ((pos - elements) % 4 != 0) {
                dst[pos++] = 0;
            }
            Bytes.put16(dst, RtpPacket.FIXED_HEADER_LENGTH, RtpPacket.ONE_BYTE_PROFILE);
            Bytes.put16(dst, RtpPacket.FIXED_HEADER_LENGTH + 2, (pos - elements) / 4);
        } else {
            pos = RtpPacket.FIXED_HEADER_LENGTH;
        }
        dst[0] = (byte) (extension ? 0x90 : 0x80);
        dst[1] = (byte) ((in.marker() ? 0x80 : 0) | pt);
        Bytes.put16(dst, 2, seq);
        Bytes.put32(dst, 4, ts);
        Bytes.put32(dst, 8, outSsrc);
        return pos;
    }
}
