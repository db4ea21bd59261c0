package dev.parley.media.sfu.rtp;

/**
 * One RTP stream of a Producer: a single encoding, or one simulcast layer.
 *
 * @param rid     RFC 8851 restriction identifier, or null when the offer has no rids
 * @param ssrc    media SSRC (unsigned 32-bit in a long) when the offer names it, 0 when it must be learned from the rid/mid extensions
 * @param rtxSsrc RTX SSRC when the offer names it (ssrc-group FID), 0 otherwise
 */
public record RtpEncoding(String rid, long ssrc, long rtxSsrc) {
}
