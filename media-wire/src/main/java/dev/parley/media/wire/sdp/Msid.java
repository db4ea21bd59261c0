package dev.parley.media.wire.sdp;

/**
 * {@code a=msid:<stream id> [<track id>]} (RFC 8830 §2): which MediaStream (and track) an m-section's track belongs to; the
 * stream id "-" means no stream.
 *
 * @param trackId null when absent
 */
public record Msid(String streamId, String trackId) {
    public static final String NAME = "msid";

    public static Msid parse(String value) {
        String[] words = Tokens.words(value);
        if (words.length < 1 || words.length > 2 || !Tokens.isToken(words[0])) {
            return null;
        }
        return new Msid(words[0], words.length == 2 ? words[1] : null);
    }

    public String sdpValue() {
        return trackId == null ? streamId : streamId + " " + trackId;
    }
}
