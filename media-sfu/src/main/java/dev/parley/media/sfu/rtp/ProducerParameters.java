package dev.parley.media.sfu.rtp;

import java.util.List;

/**
 * What a browser's send m-section publishes, as read from its offer.
 *
 * @param mid        the m-section's mid (unique on its connection)
 * @param kind       audio or video
 * @param codec      the codec the SFU accepted for this m-section (the first offered codec we support)
 * @param extensions header extensions the answer accepts, with the browser's ids
 * @param encodings  one entry, or one per simulcast layer (lowest first, as the browser lists them)
 * @param cname      RTCP CNAME from a=ssrc cname (may be null: Chromium omits ssrc lines with simulcast)
 * @param streamId   msid stream id (may be null)
 * @param trackId    msid track id (may be null)
 */
public record ProducerParameters(String mid, MediaKind kind, RtpCodec codec, List<RtpHeaderExtension> extensions,
                                 List<RtpEncoding> encodings, String cname, String streamId, String trackId) {
    public ProducerParameters {
        extensions = List.copyOf(extensions);
        encodings = List.copyOf(encodings);
    }
}
