package dev.parley.media.wire.stun;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * A parsed STUN message (RFC 8489 §5) with the attributes ICE needs; every other attribute is skipped.
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |0 0|     STUN Message Type     |         Message Length        |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                         Magic Cookie                          |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                     Transaction ID (96 bits)                  |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |  attributes: Type (16) | Length (16) | Value, padded to 4     |
 * </pre>
 *
 * <p>{@link #parse} reads attacker-controlled bytes: it never throws and returns null for anything malformed. The message
 * remembers where MESSAGE-INTEGRITY and FINGERPRINT sit so that {@link #verifyIntegrity} and {@link #verifyFingerprint} can
 * check them against the original buffer later, once the receiver knows which password applies.
 */
public final class StunMessage {

    /** Bytes of the fixed header. */
    public static final int HEADER_LENGTH = 20;
    /** RFC 8489 §5: fixed value that tells STUN from older RFC 3489 messages and from other protocols. */
    public static final int MAGIC_COOKIE = 0x2112A442;
    /** Binding request (method 0x001, class request). */
    public static final int BINDING_REQUEST = 0x0001;
    /** Binding indication (class indication); ICE uses it for keepalives that need no answer. */
    public static final int BINDING_INDICATION = 0x0011;
    /** Binding success response. */
    public static final int BINDING_SUCCESS = 0x0101;
    /** Binding error response. */
    public static final int BINDING_ERROR = 0x0111;
    /** Bytes of a transaction id. */
    public static final int TRANSACTION_ID_LENGTH = 12;

    /** RFC 8489 §14.3: USERNAME is less than 509 bytes; 763 leaves room for the ICE form. */
    private static final int MAX_USERNAME = 763;

    private final int type;
    private final byte[] transactionId;
    private String username;
    private long priority = -1;
    private boolean useCandidate;
    private Long iceControlling;
    private Long iceControlled;
    private int errorCode = -1;
    private String errorReason;
    private InetSocketAddress xorMappedAddress;
    private int integrityOffset = -1;
    private int fingerprintOffset = -1;
    private int fingerprintValue;

    private StunMessage(int type, byte[] transactionId) {
        this.type = type;
        this.transactionId = transactionId;
    }

    /** Cheap test of the first bytes (RFC 8489 §6.3 and RFC 7983): top two bits zero, magic cookie present. */
    public static boolean looksLikeStun(byte[] buf, int off, int len) {
        return len >= HEADER_LENGTH && (buf[off] & 0xC0) == 0 && readInt(buf, off + 4) == MAGIC_COOKIE;
    }

    /**
     * Parses one datagram.
     *
     * @return the message, or null if the bytes are not a well-formed STUN message (wrong cookie, length not a multiple
     *     of 4 or not matching the datagram, an attribute running past the end, FINGERPRINT not last, bad attribute size)
     */
    public static StunMessage parse(byte[] buf, int off, int len) {
        if (buf == null || off < 0 || len < 0 || off > buf.length - len || !looksLikeStun(buf, off, len)) {
            return null;
        }
        int bodyLength = readShort(buf, off + 2);
        if ((bodyLength & 3) != 0 || HEADER_LENGTH + bodyLength != len) {
            return null;
        }
        byte[] tid = new byte[TRANSACTION_ID_LENGTH];
        System.arraycopy(buf, off + 8, tid, 0, TRANSACTION_ID_LENGTH);
        StunMessage msg = new StunMessage(readShort(buf, off), tid);
        int pos = HEADER_LENGTH;
        while (pos < len) {
            if (len - pos < 4 || msg.fingerprintOffset >= 0) {
                return null; // truncated attribute header, or anything after FINGERPRINT (RFC 8489 §14.7)
            }
            int attrType = readShort(buf, off + pos);
            int attrLen = readShort(buf, off + pos + 2);
            int padded = (attrLen + 3) & ~3;
            if (padded > len - pos - 4) {
                return null;
            }
            // RFC 8489 §14.5: after MESSAGE-INTEGRITY only FINGERPRINT counts; the rest is ignored.
            boolean afterIntegrity = msg.integrityOffset >= 0 && attrType != StunAttribute.FINGERPRINT;
            if (!afterIntegrity && !msg.readAttribute(attrType, buf, off + pos + 4, attrLen, pos)) {
                return null;
            }
            pos += 4 + padded;
        }
        return msg;
    }

    private boolean readAttribute(int attrType, byte[] buf, int valueOff, int attrLen, int attrPos) {
        switch (attrType) {
            case StunAttribute.USERNAME -> {
                if (attrLen > MAX_USERNAME) {
                    return false;
                }
                username = new String(buf, valueOff, attrLen, StandardCharsets.UTF_8);
            }
            case StunAttribute.PRIORITY -> {
                if (attrLen != 4) {
                    return false;
                }
                priority = readInt(buf, valueOff) & 0xFFFFFFFFL;
            }
            case StunAttribute.USE_CANDIDATE -> {
                if (attrLen != 0) {
                    return false;
                }
                useCandidate = true;
            }
            case StunAttribute.ICE_CONTROLLING, StunAttribute.ICE_CONTROLLED -> {
                if (attrLen != 8) {
                    return false;
                }
                long tieBreaker = ((long) readInt(buf, valueOff) << 32) | (readInt(buf, valueOff + 4) & 0xFFFFFFFFL);
                if (attrType == StunAttribute.ICE_CONTROLLING) {
                    iceControlling = tieBreaker;
                } else {
                    iceControlled = tieBreaker;
                }
            }
            case StunAttribute.ERROR_CODE -> {
                if (attrLen < 4) {
                    return false;
                }
                errorCode = (buf[valueOff + 2] & 0x07) * 100 + (buf[valueOff + 3] & 0xFF);
                errorReason = new String(buf, valueOff + 4, attrLen - 4, StandardCharsets.UTF_8);
            }
            case StunAttribute.XOR_MAPPED_ADDRESS -> {
                xorMappedAddress = XorMappedAddress.decode(buf, valueOff, attrLen, transactionId);
                if (xorMappedAddress == null) {
                    return false;
                }
            }
            case StunAttribute.MESSAGE_INTEGRITY -> {
                if (attrLen != StunIntegrity.HMAC_LENGTH) {
                    return false;
                }
                integrityOffset = attrPos;
            }
            case StunAttribute.FINGERPRINT -> {
                if (attrLen != 4) {
                    return false;
                }
                fingerprintOffset = attrPos;
                fingerprintValue = readInt(buf, valueOff);
            }
            default -> {
                // Unknown or unneeded attribute: skipped (an ICE-lite server answers checks, it does not need them).
            }
        }
        return true;
    }

    /**
     * Checks MESSAGE-INTEGRITY against {@code key}.
     *
     * @param buf the same buffer and offset that were given to {@link #parse}
     * @return false if the attribute is absent or the HMAC differs
     */
    public boolean verifyIntegrity(byte[] buf, int off, byte[] key) {
        return integrityOffset >= 0 && StunIntegrity.hmacMatches(buf, off, integrityOffset, integrityOffset + 4, key);
    }

    /** Checks FINGERPRINT; false if the attribute is absent or the CRC differs. */
    public boolean verifyFingerprint(byte[] buf, int off) {
        return fingerprintOffset >= 0 && StunIntegrity.fingerprint(buf, off, fingerprintOffset) == fingerprintValue;
    }

    /** The 14-bit message type (method and class), e.g. {@link #BINDING_REQUEST}. */
    public int type() {
        return type;
    }

    /** A copy of the 12-byte transaction id. */
    public byte[] transactionId() {
        return transactionId.clone();
    }

    /** USERNAME, or null if absent. */
    public String username() {
        return username;
    }

    /** PRIORITY as an unsigned 32-bit value, or -1 if absent. */
    public long priority() {
        return priority;
    }

    /** True if USE-CANDIDATE is present. */
    public boolean useCandidate() {
        return useCandidate;
    }

    /** The ICE-CONTROLLING tie breaker, or null if absent. */
    public Long iceControlling() {
        return iceControlling;
    }

    /** The ICE-CONTROLLED tie breaker, or null if absent. */
    public Long iceControlled() {
        return iceControlled;
    }

    /** The ERROR-CODE number (300–699), or -1 if absent. */
    public int errorCode() {
        return errorCode;
    }

    /** The ERROR-CODE reason phrase, or null if absent. */
    public String errorReason() {
        return errorReason;
    }

    /** XOR-MAPPED-ADDRESS decoded, or null if absent. */
    public InetSocketAddress xorMappedAddress() {
        return xorMappedAddress;
    }

    /** True if MESSAGE-INTEGRITY is present. */
    public boolean hasIntegrity() {
        return integrityOffset >= 0;
    }

    /** True if FINGERPRINT is present. */
    public boolean hasFingerprint() {
        return fingerprintOffset >= 0;
    }

    static int readShort(byte[] buf, int off) {
        return ((buf[off] & 0xFF) << 8) | (buf[off + 1] & 0xFF);
    }

    static int readInt(byte[] buf, int off) {
        return ((buf[off] & 0xFF) << 24) | ((buf[off + 1] & 0xFF) << 16) | ((buf[off + 2] & 0xFF) << 8) | (buf[off + 3] & 0xFF);
    }
}
