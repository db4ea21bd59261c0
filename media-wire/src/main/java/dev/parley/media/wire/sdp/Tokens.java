package dev.parley.media.wire.sdp;

/** Small lenient parsing helpers for attribute values: they return a sentinel instead of throwing. */
final class Tokens {
    private Tokens() {
    }

    /** Splits on runs of spaces/tabs, ignoring leading and trailing blanks. */
    static String[] words(String value) {
        String trimmed = value.strip();
        return trimmed.isEmpty() ? new String[0] : trimmed.split("[ \t]+");
    }

    /** A non-negative decimal int no larger than {@code max}, or -1. */
    static int parseInt(String s, int max) {
        long v = parseLong(s, max);
        return (int) v;
    }

    /** A non-negative decimal long no larger than {@code max}, or -1. */
    static long parseLong(String s, long max) {
        if (s == null || s.isEmpty() || s.length() > 19) {
            return -1;
        }
        long v = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
            if (v > max) {
                return -1;
            }
        }
        return v;
    }

    /** True for a non-empty token of visible ASCII without spaces (RFC 8866 "token"-like). */
    static boolean isToken(String s) {
        if (s == null || s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= ' ' || c >= 0x7F) {
                return false;
            }
        }
        return true;
    }
}
