package dev.parley.server.text;

/**
 * The character rules for text a client sends. Three levels, each stricter than the one before:
 * <ol>
 *   <li>{@link #STORABLE}: every string. No NUL (PostgreSQL's text types cannot hold U+0000) and no lone UTF-16 surrogate (it
 *       has no UTF-8 encoding, RFC 3629 section 3, so it can be neither stored nor sent on).</li>
 *   <li>{@link #MULTI_LINE}: free text such as a chat message: also no control characters other than tab and line breaks.</li>
 *   <li>{@link #NAME}: names and titles shown to other people: no control characters at all, and no bidirectional embedding,
 *       override or isolate controls (U+202A–U+202E, U+2066–U+2069), which can make a name display as a different one
 *       (CVE-2021-42574, "Trojan Source").</li>
 * </ol>
 * Each check finds the first offending character and says what it is, so a 400 can name it.
 */
public enum TextRule {
    STORABLE,
    MULTI_LINE,
    NAME;

    /**
     * The first character of {@code text} this rule refuses, worded to complete a sentence that starts with the field's name
     * ("title" + "must not contain the control character U+0007"); null when the text passes (null text passes: presence is
     * each field's own rule). Never throws.
     */
    public String problem(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "must be valid UTF-8 text: it contains a lone UTF-16 surrogate (U+" + hex(c) + ")";
            } else if (refusesControl(c)) {
                return "must not contain the control character U+" + hex(c);
            } else if (this == NAME && isBidiControl(c)) {
                return "must not contain the bidirectional text control U+" + hex(c);
            }
        }
        return null;
    }

    private boolean refusesControl(char c) {
        return switch (this) {
            case STORABLE -> c == 0;
            case MULTI_LINE -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t';
            case NAME -> Character.isISOControl(c);
        };
    }

    /** U+202A..U+202E (LRE, RLE, PDF, LRO, RLO) and U+2066..U+2069 (LRI, RLI, FSI, PDI), Unicode UAX #9 section 2. */
    static boolean isBidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    private static String hex(char c) {
        return String.format("%04X", (int) c);
    }
}
