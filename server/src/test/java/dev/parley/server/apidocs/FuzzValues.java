package dev.parley.server.apidocs;

import java.util.List;

/**
 * The hostile inputs of {@link RestFuzzTest}, by where they go. Raw texts: path and query values are already percent-encoded as
 * they go on the wire; JSON values are JSON text (a lone surrogate can only be written as an escape).
 */
final class FuzzValues {
    private FuzzValues() {
    }

    /** Values for one path segment: not numbers, out-of-range numbers, bad or dangerous percent sequences. */
    static final List<String> PATH = List.of("99999999999999999999", "-1", "0", "abc", "1.5", "%00", "ab%00", "%ff", "%C0%AF",
            "..%2f..%2fetc", "%2e%2e", "%E2%80%AE", "1;x=y", "%25", "%ED%A0%80", "a".repeat(3000));

    /** Values for a query parameter. */
    static final List<String> QUERY = List.of("%00", "ab%00", "%ff", "%C0%AF", "%E2%80%AE", "%ED%A0%80", "21474837", "2147483648",
            "99999999999999999999", "-1", "", "%2B294277-01-01T00:00:00Z", "-4713-01-01T00:00:00Z", "%2B10000-01-01T00:00:00Z",
            "not-a-date", "a".repeat(5000));

    /** JSON values to put in place of one property of an otherwise plausible body. */
    static final List<String> JSON_VALUES = List.of("null", "{}", "[]", "[1,2]", "true", "\"\"", "0", "-1", "1.5",
            "99999999999999999999999", "1e400", "-1e400", "9223372036854775808", "\"a\\u0000b\"", "\"\\u0000\"",
            "\"ab\\ud800cd\"", "\"\\udc00\"", "\"evil\\u202egnp\"", "\"\\u2066x\\u2069\"", "\"bell\\u0007\"",
            "\"" + "x".repeat(5000) + "\"", "\"+294277-01-01T00:00:00Z\"", "\"-4713-01-01T00:00:00Z\"",
            "\"+10000-01-01T00:00:00Z\"", "\"2031-02-30T10:00:00Z\"", "\"%ff\"", "[\"a\\u0000\"]", "[null]", "[\"\\ud800\"]",
            "{\"a\":\"\\u0000\"}");

    /** Whole bodies that are not the JSON object an endpoint reads. */
    static final List<String> BODIES = List.of("", "{", "}", "[]", "null", "\"text\"", "42", "{\"a\":", "{\"a\" 1}",
            "{'single': 'quotes'}", "{\"x\":1,\"x\":2}", "\u0000", "\uFEFF{}", "[".repeat(5000), "{\"a\":" + "[".repeat(3000),
            "{\"title\":\"" + "y".repeat(70 * 1024) + "\"}");

    /** Content types that are not application/json. */
    static final List<String> CONTENT_TYPES = List.of("text/plain", "*/*", "application/*", "application/xml",
            "application/x-www-form-urlencoded", "multipart/form-data", "garbage", "application/json; charset=\"", ";;");
}
