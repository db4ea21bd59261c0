package dev.parley.media.transport;

/**
 * What a datagram on the shared port is, decided from its first bytes (RFC 7983 §7, RFC 5761 §4).
 *
 * <pre>
 *             +----------------+
 *             |        [0..3] -+--> STUN
 *             |      [16..19] -+--> ZRTP      (unsupported)
 *  packet --> |      [20..63] -+--> DTLS
 *             |      [64..79] -+--> TURN channel (unsupported)
 *             |    [128..191] -+--> RTP / RTCP (second byte 192..223 is RTCP)
 *             +----------------+
 * </pre>
 */
public enum PacketKind {
    STUN,
    DTLS,
    RTP,
    RTCP,
    UNKNOWN;

    /**
     * Classifies by the first byte alone. 128–191 yields {@link #RTP}, meaning "RTP or RTCP": use
     * {@link #classify(byte[], int, int)} to split them.
     */
    public static PacketKind classify(int firstByte) {
        int b = firstByte & 0xFF;
        if (b <= 3) {
            return STUN;
        }
        if (b >= 20 && b <= 63) {
            return DTLS;
        }
        if (b >= 128 && b <= 191) {
            return RTP;
        }
        return UNKNOWN;
    }

    /**
     * Classifies a datagram. RTCP is told from RTP by the full second byte (marker bit + payload type): RTCP packet types
     * 192–223 (SR 200, RR 201, SDES 202, BYE 203, APP 204, RTPFB 205, PSFB 206) fall there, and RFC 5761 §4 forbids RTP
     * payload types 64–95 whose marker-bit form would collide.
     */
    public static PacketKind classify(byte[] buf, int off, int len) {
        if (len < 1) {
            return UNKNOWN;
        }
        PacketKind kind = classify(buf[off]);
        if (kind == RTP && len >= 2) {
            int second = buf[off + 1] & 0xFF;
            if (second >= 192 && second <= 223) {
                return RTCP;
            }
        }
        return kind;
    }
}
