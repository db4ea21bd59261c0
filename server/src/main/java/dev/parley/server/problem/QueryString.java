package dev.parley.server.problem;

import dev.parley.server.text.TextRule;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict decoding of an application/x-www-form-urlencoded query string (WHATWG URL "urlencoded parsing", with errors reported
 * instead of replaced): '+' is a space, {@code %XX} a byte, and the bytes must be UTF-8. Pure; never throws.
 */
final class QueryString {
    /** Stands for a parameter whose own name cannot be decoded. */
    static final String WHOLE = "query";

    private QueryString() {
    }

    /** The first parameter that is not valid text, with the reason; null when every one is. */
    static InvalidField firstInvalid(String query) {
        if (query == null || query.isEmpty()) {
            return null;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            if (name == null) {
                return new InvalidField(WHOLE, "must be percent-encoded UTF-8 (a parameter name is not)");
            }
            String nameProblem = TextRule.STORABLE.problem(name);
            if (nameProblem != null) {
                return new InvalidField(WHOLE, "must have parameter names that are text (one " + nameProblem + ")");
            }
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            if (value == null) {
                return new InvalidField(name, "must be percent-encoded UTF-8 (such as %C3%A9 for é)");
            }
            String problem = TextRule.STORABLE.problem(value);
            if (problem != null) {
                return new InvalidField(name, problem);
            }
        }
        return null;
    }

    /** The decoded text, or null if a percent sequence is malformed or the bytes are not UTF-8. */
    static String decode(String encoded) {
        if (encoded.indexOf('%') < 0 && encoded.indexOf('+') < 0) {
            return encoded;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%') {
                int high = i + 2 < encoded.length() ? hex(encoded.charAt(i + 1)) : -1;
                int low = high < 0 ? -1 : hex(encoded.charAt(i + 2));
                if (low < 0) {
                    return null;
                }
                bytes.write(high << 4 | low);
                i += 2;
            } else if (c == '+') {
                bytes.write(' ');
            } else {
                byte[] raw = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(raw, 0, raw.length);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** An ASCII hex digit's value, else -1 (Character.digit would also accept non-ASCII digits). */
    private static int hex(char c) {
        return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    }
}
