package dev.parley.server.chat;

import dev.parley.server.text.TextRule;

/**
 * The rule for a message's text: 1 to {@link #MAX_CHARACTERS} characters (Unicode code points, what a person counts), not only
 * white space, and text rather than binary: the shared {@link TextRule#MULTI_LINE} (well-formed UTF-16, no control characters
 * other than tab and line breaks).
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
        String notText = TextRule.MULTI_LINE.problem(text);
        if (notText != null) {
            return "A chat message " + notText + ".";
        }
        return null;
    }
}
