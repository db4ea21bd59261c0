package dev.parley.media.wire.stun;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.zip.CRC32;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The two checksums of a STUN message.
 *
 * <ul>
 *   <li>MESSAGE-INTEGRITY (RFC 8489 §14.5): HMAC-SHA1 keyed with the short-term password (ICE uses the password bytes
 *       directly, RFC 8445 §7.2.2) over the message up to the attribute, with the header length field set as if the
 *       message ended right after MESSAGE-INTEGRITY.</li>
 *   <li>FINGERPRINT (RFC 8489 §14.7): CRC-32 over the message up to the attribute, XOR 0x5354554e ("STUN"), which lets a
 *       demultiplexer tell STUN from other protocols on the same port.</li>
 * </ul>
 * Both are computed over the unchanged buffer: the adjusted length is fed to the MAC separately, nothing is copied.
 */
public final class StunIntegrity {

    /** Bytes of an HMAC-SHA1 value. */
    public static final int HMAC_LENGTH = 20;
    /** RFC 8489 §14.7: the fingerprint XOR constant, ASCII "STUN". */
    static final int FINGERPRINT_XOR = 0x5354554e;

    private static final ThreadLocal<Mac> HMAC_SHA1 = ThreadLocal.withInitial(StunIntegrity::newMac);

    private StunIntegrity() {
    }

    /**
     * Computes the HMAC-SHA1 that a MESSAGE-INTEGRITY attribute starting at {@code attributeOffset} must carry.
     *
     * @param msg the message buffer, starting with the 20-byte header at {@code off}
     * @param attributeOffset offset of the MESSAGE-INTEGRITY attribute header, relative to {@code off}
     * @param key the short-term credential (ICE password, UTF-8)
     */
    public static byte[] hmac(byte[] msg, int off, int attributeOffset, byte[] key) {
        Mac mac = HMAC_SHA1.get();
        try {
            mac.init(new SecretKeySpec(key.length == 0 ? new byte[1] : key, "HmacSHA1"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 rejected a raw key", e);
        }
        // Length field as if the message ended after MESSAGE-INTEGRITY (4-byte header + 20-byte value).
        int adjustedLength = attributeOffset - StunMessage.HEADER_LENGTH + 4 + HMAC_LENGTH;
        mac.update(msg, off, 2);
        mac.update((byte) (adjustedLength >>> 8));
        mac.update((byte) adjustedLength);
        mac.update(msg, off + 4, attributeOffset - 4);
        return mac.doFinal();
    }

    /** True if the 20 bytes at {@code valueOffset} (relative to {@code off}) equal the expected HMAC; constant time. */
    static boolean hmacMatches(byte[] msg, int off, int attributeOffset, int valueOffset, byte[] key) {
        byte[] expected = hmac(msg, off, attributeOffset, key);
        byte[] actual = new byte[HMAC_LENGTH];
        System.arraycopy(msg, off + valueOffset, actual, 0, HMAC_LENGTH);
        return MessageDigest.isEqual(expected, actual);
    }

    /** The FINGERPRINT value for a message whose FINGERPRINT attribute starts at {@code attributeOffset}. */
    public static int fingerprint(byte[] msg, int off, int attributeOffset) {
        CRC32 crc = new CRC32();
        crc.update(msg, off, attributeOffset);
        return (int) crc.getValue() ^ FINGERPRINT_XOR;
    }

    private static Mac newMac() {
        try {
            return Mac.getInstance("HmacSHA1");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime provides HmacSHA1", e);
        }
    }
}
