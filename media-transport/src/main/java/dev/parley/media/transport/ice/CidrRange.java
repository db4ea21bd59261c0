package dev.parley.media.transport.ice;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * An IPv4 or IPv6 address range in CIDR notation ({@code 10.0.0.0/8}, {@code ::1/128}), used for the "allowed ICE source
 * ranges" setting: checks from outside every range are dropped, so an operator can keep media on known networks.
 */
public record CidrRange(InetAddress network, int prefixLength) {

    /** 127.0.0.0/8 and ::1/128. */
    public static final List<CidrRange> LOOPBACK = List.of(parse("127.0.0.0/8"), parse("::1/128"));
    /** Every IPv4 and IPv6 address: the default. */
    public static final List<CidrRange> ANY = List.of(parse("0.0.0.0/0"), parse("::/0"));

    public CidrRange {
        int bits = network.getAddress().length * 8;
        if (prefixLength < 0 || prefixLength > bits) {
            throw new IllegalArgumentException("prefix length " + prefixLength + " outside 0.." + bits);
        }
    }

    /**
     * Parses "address/prefix" or a bare address (a single host). Addresses must be literals; no DNS lookup is made.
     *
     * @throws IllegalArgumentException on anything else (this reads configuration, not network input)
     */
    public static CidrRange parse(String cidr) {
        String text = cidr.trim();
        int slash = text.indexOf('/');
        String host = slash < 0 ? text : text.substring(0, slash);
        if (!host.matches("[0-9a-fA-F.:]+")) {
            throw new IllegalArgumentException("not an IP literal: " + cidr);
        }
        try {
            InetAddress address = InetAddress.getByName(host);
            int prefix = slash < 0 ? address.getAddress().length * 8 : Integer.parseInt(text.substring(slash + 1));
            return new CidrRange(address, prefix);
        } catch (UnknownHostException | NumberFormatException e) {
            throw new IllegalArgumentException("not a CIDR range: " + cidr, e);
        }
    }

    /** True if {@code address} is of the same family and its first {@code prefixLength} bits match. */
    public boolean contains(InetAddress address) {
        byte[] net = network.getAddress();
        byte[] candidate = address.getAddress();
        if (net.length != candidate.length) {
            return false;
        }
        int fullBytes = prefixLength / 8;
        for (int i = 0; i < fullBytes; i++) {
            if (net[i] != candidate[i]) {
                return false;
            }
        }
        int restBits = prefixLength % 8;
        if (restBits == 0) {
            return true;
        }
        int mask = (0xFF << (8 - restBits)) & 0xFF;
        return (net[fullBytes] & mask) == (candidate[fullBytes] & mask);
    }

    /** True if any range contains the address. */
    public static boolean anyContains(List<CidrRange> ranges, InetAddress address) {
        for (CidrRange range : ranges) {
            if (range.contains(address)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return network.getHostAddress() + "/" + prefixLength;
    }
}
