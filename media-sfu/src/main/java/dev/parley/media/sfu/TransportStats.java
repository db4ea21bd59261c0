package dev.parley.media.sfu;

import java.util.Map;

/**
 * A snapshot of one WebRtcTransport.
 *
 * @param id         the transport id
 * @param state      its state
 * @param packetsIn  SRTP/SRTCP packets received and decrypted
 * @param bytesIn    their bytes (decrypted length)
 * @param packetsOut RTP/RTCP packets sent
 * @param bytesOut   their bytes (before SRTP protection)
 * @param drops      drops on this transport by DropReason name
 */
public record TransportStats(String id, TransportState state, long packetsIn, long bytesIn, long packetsOut, long bytesOut,
                             Map<String, Long> drops) {
    public TransportStats {
        drops = Map.copyOf(drops);
    }
}
