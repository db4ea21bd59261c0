package dev.parley.media.wire.sdp;

import java.util.regex.Pattern;

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

    private static final Pattern RID = Pattern.compile("[A-Za-z0-9_-]{1,255}");
    private static final Pattern HEX_BYTES = Pattern.compile("[0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2})*");

    /** RFC 8851 §10 rid-id: alphanumerics, '-' and '_' (length capped at 255 by Parley). */
    static boolean isRidId(String s) {
        return RID.matcher(s).matches();
    }

    /** Colon-separated hex bytes as in a fingerprint (RFC 8122 §5). */
    static boolean isHexBytes(String s) {
        return HEX_BYTES.matcher(s).matches();
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
