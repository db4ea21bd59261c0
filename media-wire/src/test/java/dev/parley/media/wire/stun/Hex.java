package dev.parley.media.wire.stun;

import java.util.HexFormat;

/** Annotated hex for tests: everything after '#' on a line is a comment, whitespace is ignored. */
final class Hex {

    private Hex() {
    }

    static byte[] bytes(String annotated) {
        StringBuilder hex = new StringBuilder();
        for (String line : annotated.split("\n")) {
            int comment = line.indexOf('#');
            hex.append((comment >= 0 ? line.substring(0, comment) : line).replaceAll("\\s", ""));
        }
        return HexFormat.of().parseHex(hex);
    }
}
