package dev.parley.media.wire.stun;

/**
 * STUN attribute type codes understood by Parley (RFC 8489 §18.3 and RFC 8445 §16.1).
 *
 * <p>Types 0x0000–0x7FFF are comprehension-required, 0x8000–0xFFFF comprehension-optional. An ICE-lite server only needs
 * the ones below; every other attribute is skipped by the parser.
 */
public final class StunAttribute {

    /** RFC 8489 §14.3: "ufragLocal:ufragRemote" as seen by the receiver of a check, UTF-8, at most 763 bytes. */
    public static final int USERNAME = 0x0006;
    /** RFC 8489 §14.5: 20-byte HMAC-SHA1. */
    public static final int MESSAGE_INTEGRITY = 0x0008;
    /** RFC 8489 §14.8: class, number and a UTF-8 reason phrase. */
    public static final int ERROR_CODE = 0x0009;
    /** RFC 8489 §14.2: the reflexive transport address, XOR-ed with the magic cookie (and the transaction id for IPv6). */
    public static final int XOR_MAPPED_ADDRESS = 0x0020;
    /** RFC 8445 §16.1: 32-bit priority of the peer-reflexive candidate the check would create. */
    public static final int PRIORITY = 0x0024;
    /** RFC 8445 §16.1: flag (no value); the controlling agent nominates this pair. */
    public static final int USE_CANDIDATE = 0x0025;
    /** RFC 8489 §14.7: CRC-32 of the message XOR 0x5354554e. */
    public static final int FINGERPRINT = 0x8028;
    /** RFC 8445 §16.1: 64-bit tie breaker of an agent that believes it is controlled. */
    public static final int ICE_CONTROLLED = 0x8029;
    /** RFC 8445 §16.1: 64-bit tie breaker of an agent that believes it is controlling. */
    public static final int ICE_CONTROLLING = 0x802A;

    private StunAttribute() {
    }
}
