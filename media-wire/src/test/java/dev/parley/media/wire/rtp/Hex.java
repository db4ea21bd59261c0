package dev.parley.media.wire.rtp;

import java.io.ByteArrayOutputStream;

/** Test helper: annotated hex → bytes. Everything after {@code #} on a line is a comment; whitespace is ignored. */
public final class Hex {
    private Hex() {
    }

    public static byte[] bytes(String annotated) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String line : annotated.split("\n")) {
            int hash = line.indexOf('#');
            String digits = (hash >= 0 ? line.substring(0, hash) : line).replaceAll("\\s", "");
            if (digits.length() % 2 != 0) {
                throw new IllegalArgumentException("odd hex digits in line: " + line);
            }
            for (int i = 0; i < digits.length(); i += 2) {
                out.write(Integer.parseInt(digits.substring(i, i + 2), 16));
            }
        }
        return out.toByteArray();
    }
}
