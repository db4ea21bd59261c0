package dev.parley.media.wire.stun;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Builds a STUN message: header, attributes in call order, then optionally MESSAGE-INTEGRITY and FINGERPRINT, which
 * RFC 8489 §14.5/§14.7 require to come last and in that order. Padding bytes are zero.
 *
 * <pre>{@code
 * byte[] answer = new StunMessageBuilder(StunMessage.BINDING_SUCCESS, request.transactionId())
 *         .xorMappedAddress(source)
 *         .build(localPassword, true);
 * }</pre>
 */
public final class StunMessageBuilder {

    private final byte[] transactionId;
    private byte[] buf = new byte[128];
    private int len = StunMessage.HEADER_LENGTH;

    /**
     * @param type message type, e.g. {@link StunMessage#BINDING_REQUEST}
     * @param transactionId 12 bytes (copied)
     */
    public StunMessageBuilder(int type, byte[] transactionId) {
        if (transactionId.length != StunMessage.TRANSACTION_ID_LENGTH) {
            throw new IllegalArgumentException("transaction id must have 12 bytes, got " + transactionId.length);
        }
        this.transactionId = transactionId.clone();
        writeShort(0, type & 0x3FFF);
        writeInt(4, StunMessage.MAGIC_COOKIE);
        System.arraycopy(transactionId, 0, buf, 8, StunMessage.TRANSACTION_ID_LENGTH);
    }

    /** USERNAME, UTF-8. */
    public StunMessageBuilder username(String username) {
        byte[] value = username.getBytes(StandardCharsets.UTF_8);
        int at = attribute(StunAttribute.USERNAME, value.length);
        System.arraycopy(value, 0, buf, at, value.length);
        return this;
    }

    /** PRIORITY, an unsigned 32-bit value. */
    public StunMessageBuilder priority(long priority) {
        writeInt(attribute(StunAttribute.PRIORITY, 4), (int) priority);
        return this;
    }

    /** USE-CANDIDATE (no value). */
    public StunMessageBuilder useCandidate() {
        attribute(StunAttribute.USE_CANDIDATE, 0);
        return this;
    }

    /** ICE-CONTROLLING with its tie breaker. */
    public StunMessageBuilder iceControlling(long tieBreaker) {
        writeLong(attribute(StunAttribute.ICE_CONTROLLING, 8), tieBreaker);
        return this;
    }

    /** ICE-CONTROLLED with its tie breaker. */
    public StunMessageBuilder iceControlled(long tieBreaker) {
        writeLong(attribute(StunAttribute.ICE_CONTROLLED, 8), tieBreaker);
        return this;
    }

    /** ERROR-CODE, e.g. 401 "Unauthorized" (RFC 8489 §14.8). */
    public StunMessageBuilder errorCode(int code, String reason) {
        byte[] phrase = reason.getBytes(StandardCharsets.UTF_8);
        int at = attribute(StunAttribute.ERROR_CODE, 4 + phrase.length);
        buf[at + 2] = (byte) (code / 100);
        buf[at + 3] = (byte) (code % 100);
        System.arraycopy(phrase, 0, buf, at + 4, phrase.length);
        return this;
    }

    /** XOR-MAPPED-ADDRESS for an IPv4 or IPv6 address. */
    public StunMessageBuilder xorMappedAddress(InetSocketAddress address) {
        int valueLength = address.getAddress().getAddress().length + 4;
        XorMappedAddress.encode(address, transactionId, buf, attribute(StunAttribute.XOR_MAPPED_ADDRESS, valueLength));
        return this;
    }

    /**
     * Finishes the message.
     *
     * @param integrityKey the short-term password for MESSAGE-INTEGRITY, or null to leave it out
     * @param fingerprint whether to append FINGERPRINT (ICE requires it, RFC 8445 §7.2.2)
     * @return a new array holding exactly the message
     */
    public byte[] build(byte[] integrityKey, boolean fingerprint) {
        if (integrityKey != null) {
            int attrPos = len;
            int at = attribute(StunAttribute.MESSAGE_INTEGRITY, StunIntegrity.HMAC_LENGTH);
            byte[] mac = StunIntegrity.hmac(buf, 0, attrPos, integrityKey);
            System.arraycopy(mac, 0, buf, at, StunIntegrity.HMAC_LENGTH);
        }
        if (fingerprint) {
            int attrPos = len;
            int at = attribute(StunAttribute.FINGERPRINT, 4);
            writeInt(at, StunIntegrity.fingerprint(buf, 0, attrPos));
        }
        return Arrays.copyOf(buf, len);
    }

    /** Appends an attribute header, updates the header length, returns where the value goes. */
    private int attribute(int type, int valueLength) {
        int padded = (valueLength + 3) & ~3;
        if (len + 4 + padded > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + 4 + padded));
        }
        writeShort(len, type);
        writeShort(len + 2, valueLength);
        int valueAt = len + 4;
        Arrays.fill(buf, valueAt, valueAt + padded, (byte) 0);
        len = valueAt + padded;
        writeShort(2, len - StunMessage.HEADER_LENGTH);
        return valueAt;
    }

    private void writeShort(int at, int value) {
        buf[at] = (byte) (value >>> 8);
        buf[at + 1] = (byte) value;
    }

    private void writeInt(int at, int value) {
        writeShort(at, value >>> 16);
        writeShort(at + 2, value);
    }

    private void writeLong(int at, long value) {
        writeInt(at, (int) (value >>> 32));
        writeInt(at + 4, (int) value);
    }
}
