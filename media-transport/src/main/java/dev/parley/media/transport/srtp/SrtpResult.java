package dev.parley.media.transport.srtp;

/** The outcome of protecting or unprotecting one packet. */
public enum SrtpResult {
    OK,
    /** Authentication tag wrong (RFC 3711 §3.3 step 5 / RFC 7714 §9.1). */
    AUTH_FAILED,
    /** Replayed, or older than the 64-packet replay window (RFC 3711 §3.3.2). */
    REPLAY,
    /** Too short or not an RTP/RTCP header. */
    INVALID,
    /** A new SSRC beyond {@link SrtpSession#MAX_SSRCS}. */
    TOO_MANY_SSRCS,
}
