package dev.parley.media.wire.sdp;

import java.util.Arrays;

/**
 * {@code a=extmap:<id>[/<direction>] <uri> [<attributes>]} (RFC 8285 §8): binds an RTP header extension URI to a local id.
 *
 * @param direction  null when absent (same as the media direction)
 * @param attributes extension-specific text after the URI, or null
 */
public record Extmap(int id, Direction direction, String uri, String attributes) {
    public static final String NAME = "extmap";

    public Extmap(int id, String uri) {
        this(id, null, uri, null);
    }

    /** Null unless the id is 1..255 (RFC 8285 §5: 1-14 one-byte, up to 255 two-byte) and a URI follows. */
    public static Extmap parse(String value) {
        String[] words = Tokens.words(value);
        if (words.length < 2 || !Tokens.isToken(words[1])) {
            return null;
        }
        String idPart = words[0];
        Direction direction = null;
        int slash = idPart.indexOf('/');
        if (slash >= 0) {
            direction = Direction.fromSdp(idPart.substring(slash + 1));
            if (direction == null) {
                return null;
            }
            idPart = idPart.substring(0, slash);
        }
        int id = Tokens.parseInt(idPart, 255);
        if (id < 1) {
            return null;
        }
        String attributes = words.length > 2 ? String.join(" ", Arrays.asList(words).subList(2, words.length)) : null;
        return new Extmap(id, direction, words[1], attributes);
    }

    public String sdpValue() {
        return id + (direction == null ? "" : "/" + direction.sdpName()) + " " + uri + (attributes == null ? "" : " " + attributes);
    }
}
