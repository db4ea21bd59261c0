package dev.parley.server.conference;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Fresh ids for participants, Producers and Consumers: a one-letter prefix and 64 random bits in hex. They appear in SDP
 * ({@code a=msid} stream and track ids: RFC 8830 allows token characters only), logs and metrics, so they stay short and plain.
 */
final class Ids {
    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    static String participant() {
        return "p" + random();
    }

    static String producer() {
        return "t" + random();
    }

    static String consumer() {
        return "c" + random();
    }

    private static String random() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
