package dev.parley.media.wire.rtp;

import java.nio.charset.StandardCharsets;

/**
 * Reader for the SDES-item header extensions (RFC 7941): sdes:mid (RFC 9143), sdes:rtp-stream-id and
 * sdes:repaired-rtp-stream-id (RFC 8852). The value is the ASCII text itself, no terminator.
 *
 * <p>Allocates a String, so call it only while a stream's SSRC is still unknown (the SFU then maps SSRC → mid/rid and stops
 * reading these).
 */
public final class SdesExtension {
    private SdesExtension() {
    }

    /** The text value, or null when absent or empty. */
    public static String read(RtpPacket packet, int id) {
        int at = packet.findExtension(id);
        if (at < 0) {
            return null;
        }
        int length = packet.extensionLength(at);
        // Senders may pad the value with trailing NUL bytes to a fixed size; they are not part of the identifier.
        while (length > 0 && packet.buffer()[at + length - 1] == 0) {
            length--;
        }
        return length == 0 ? null : new String(packet.buffer(), at, length, StandardCharsets.US_ASCII);
    }

    /** True when the extension holds exactly {@code expected} (ASCII), without allocating. */
    public static boolean matches(RtpPacket packet, int id, String expected) {
        int at = packet.findExtension(id);
        if (at < 0 || packet.extensionLength(at) < expected.length()) {
            return false;
        }
        byte[] buf = packet.buffer();
        for (int i = 0; i < expected.length(); i++) {
            if (buf[at + i] != (byte) expected.charAt(i)) {
                return false;
            }
        }
        int length = packet.extensionLength(at);
        for (int i = expected.length(); i < length; i++) {
            if (buf[at + i] != 0) {
                return false;
            }
        }
        return true;
    }
}
