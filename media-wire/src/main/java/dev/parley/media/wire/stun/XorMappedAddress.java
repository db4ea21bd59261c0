package dev.parley.media.wire.stun;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;

/**
 * XOR-MAPPED-ADDRESS value codec (RFC 8489 §14.2).
 *
 * <pre>
 * |0 0 0 0 0 0 0 0|    Family     |         X-Port                |
 * |                X-Address (32 bits or 128 bits)                |
 * </pre>
 * The port is XOR-ed with the top 16 bits of the magic cookie; an IPv4 address with the cookie, an IPv6 address with
 * the cookie followed by the transaction id. The XOR keeps NATs that rewrite addresses inside payloads away from it.
 */
final class XorMappedAddress {

    static final int FAMILY_IPV4 = 0x01;
    static final int FAMILY_IPV6 = 0x02;

    private XorMappedAddress() {
    }

    /** Decodes a value of {@code len} bytes; null if the family or length is wrong. */
    static InetSocketAddress decode(byte[] buf, int off, int len, byte[] transactionId) {
        if (len < 4) {
            return null;
        }
        int family = buf[off + 1] & 0xFF;
        int addrLen = family == FAMILY_IPV4 ? 4 : family == FAMILY_IPV6 ? 16 : -1;
        if (addrLen < 0 || len != 4 + addrLen) {
            return null;
        }
        int port = StunMessage.readShort(buf, off + 2) ^ (StunMessage.MAGIC_COOKIE >>> 16);
        byte[] addr = new byte[addrLen];
        byte[] mask = mask(transactionId);
        for (int i = 0; i < addrLen; i++) {
            addr[i] = (byte) (buf[off + 4 + i] ^ mask[i]);
        }
        try {
            return new InetSocketAddress(InetAddress.getByAddress(addr), port);
        } catch (UnknownHostException e) {
            return null; // unreachable: the length is 4 or 16
        }
    }

    /** Encodes {@code address} into {@code out}; returns the number of bytes written (8 or 20). */
    static int encode(InetSocketAddress address, byte[] transactionId, byte[] out, int off) {
        byte[] addr = address.getAddress().getAddress();
        out[off] = 0;
        out[off + 1] = (byte) (addr.length == 4 ? FAMILY_IPV4 : FAMILY_IPV6);
        int xport = address.getPort() ^ (StunMessage.MAGIC_COOKIE >>> 16);
        out[off + 2] = (byte) (xport >>> 8);
        out[off + 3] = (byte) xport;
        byte[] mask = mask(transactionId);
        for (int i = 0; i < addr.length; i++) {
            out[off + 4 + i] = (byte) (addr[i] ^ mask[i]);
        }
        return 4 + addr.length;
    }

    private static byte[] mask(byte[] transactionId) {
        byte[] mask = new byte[16];
        mask[0] = (byte) (StunMessage.MAGIC_COOKIE >>> 24);
        mask[1] = (byte) (StunMessage.MAGIC_COOKIE >>> 16);
        mask[2] = (byte) (StunMessage.MAGIC_COOKIE >>> 8);
        mask[3] = (byte) StunMessage.MAGIC_COOKIE;
        System.arraycopy(transactionId, 0, mask, 4, StunMessage.TRANSACTION_ID_LENGTH);
        return mask;
    }
}
