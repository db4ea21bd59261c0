package dev.parley.media.wire.rtp;

/**
 * Reader for the RFC 6464 client-to-mixer audio level extension.
 *
 * <pre>
 *  0 1 2 3 4 5 6 7
 * +-+-+-+-+-+-+-+-+
 * |V|    level    |   V = voice activity; level = 0..127, the audio level in -dBov (0 is loudest, 127 is silence)
 * +-+-+-+-+-+-+-+-+
 * </pre>
 */
public final class AudioLevelExtension {
    private AudioLevelExtension() {
    }

    /** Level in -dBov (0..127), or -1 when the extension is absent or empty. */
    public static int level(RtpPacket packet, int id) {
        int at = packet.findExtension(id);
        return at < 0 || packet.extensionLength(at) < 1 ? -1 : packet.buffer()[at] & 0x7F;
    }

    /** The V flag: the sender's voice activity detector thinks this packet holds speech. False when absent. */
    public static boolean voice(RtpPacket packet, int id) {
        int at = packet.findExtension(id);
        return at >= 0 && packet.extensionLength(at) >= 1 && (packet.buffer()[at] & 0x80) != 0;
    }
}
