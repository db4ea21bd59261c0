package dev.parley.media.transport.ice;

import java.security.SecureRandom;
import java.util.Objects;

/**
 * An ICE username fragment and password, as in SDP {@code a=ice-ufrag} / {@code a=ice-pwd}: the one type for them, used by the
 * ICE-lite agent here and by media-sfu's transport parameters (either side of a WebRtcTransport).
 *
 * <p>RFC 8445 §5.3: ufrag at least 4 and password at least 22 characters from {@code ice-char} (ALPHA / DIGIT / "+" /
 * "/"), with at least 24 and 128 bits of randomness. {@link #random()} makes an 8-character ufrag (48 bits) and a
 * 24-character password (144 bits).
 */
public record IceParameters(String ufrag, String pwd) {

    /** RFC 8445 §5.3 / RFC 5245 §15.4 ice-char: ALPHA / DIGIT / "+" / "/" (64 symbols, 6 bits each). */
    static final String ICE_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    private static final SecureRandom RANDOM = new SecureRandom();

    public IceParameters {
        Objects.requireNonNull(ufrag, "ufrag");
        Objects.requireNonNull(pwd, "pwd");
    }

    /** The password is a secret (it keys MESSAGE-INTEGRITY): never in logs. */
    @Override
    public String toString() {
        return "IceParameters[ufrag=" + ufrag + ", pwd=<redacted>]";
    }

    /** Fresh random local credentials. */
    public static IceParameters random() {
        return new IceParameters(randomIceChars(8), randomIceChars(24));
    }

    /** True if both values are made of ice-char and long enough for RFC 8445 §5.3. */
    public boolean isValid() {
        return ufrag.length() >= 4 && ufrag.length() <= 256 && pwd.length() >= 22 && pwd.length() <= 256
                && onlyIceChars(ufrag) && onlyIceChars(pwd);
    }

    private static String randomIceChars(int n) {
        char[] out = new char[n];
        for (int i = 0; i < n; i++) {
            out[i] = ICE_CHARS.charAt(RANDOM.nextInt(ICE_CHARS.length()));
        }
        return new String(out);
    }

    private static boolean onlyIceChars(String s) {
        return s.chars().allMatch(c -> ICE_CHARS.indexOf(c) >= 0);
    }
}
