package dev.parley.media.wire.sdp;

import java.util.Arrays;
import java.util.List;

/** {@code a=group:<semantics> <mid> ...} (RFC 5888 §5), e.g. the BUNDLE group of RFC 9143. */
public record Group(String semantics, List<String> mids) {
    public static final String NAME = "group";
    public static final String BUNDLE = "BUNDLE";

    public Group {
        mids = List.copyOf(mids);
    }

    public static Group parse(String value) {
        String[] words = Tokens.words(value);
        if (words.length == 0 || !Tokens.isToken(words[0])) {
            return null;
        }
        return new Group(words[0], Arrays.asList(words).subList(1, words.length));
    }

    public String sdpValue() {
        return mids.isEmpty() ? semantics : semantics + " " + String.join(" ", mids);
    }
}
