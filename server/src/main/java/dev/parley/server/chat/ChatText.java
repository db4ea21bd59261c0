package dev.parley.server.chat;

/**
 * The rule for a message's text: 1 to {@link #MAX_CHARACTERS} characters (Unicode code points, what a person counts), not only
 * white space, and text rather than binary: well-formed UTF-16 (a lone surrogate cannot be encoded as UTF-8, RFC 3629 §3) and
 * no control characters other than tab and line breaks.
 */
final class ChatText {
    static final int MAX_CHARACTERS = 4000;

    private ChatText() {
    }

    /** Why {@code text} is refused, as a sentence; null when it is acceptable. Never throws. */
    static String problem(String text) {
        if (text == null || text.isBlank()) {
            return "A chat message needs some text.";
        }
        int characters = text.codePointCount(0, text.length());
        if (characters > MAX_CHARACTERS) {
            return "A chat message may have at most " + MAX_CHARACTERS + " characters; this one has " + characters + ".";
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "A chat message must be valid UTF-8 text.";
            } else if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                return "A chat message must be text: it contains the control character U+"
                        + String.format("%04X", (int) c) + ".";
            }
        }
        return null;
    }
}
