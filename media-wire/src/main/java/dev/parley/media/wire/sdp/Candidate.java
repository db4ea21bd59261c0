package dev.parley.media.wire.sdp;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An ICE candidate (RFC 8839 §5.1): {@code candidate:<foundation> <component> <transport> <priority> <address> <port> typ <type>
 * [raddr <addr>] [rport <port>] *(<name> <value>)}. Also the format of trickled candidates in signaling.
 *
 * @param relatedAddress null when absent
 * @param relatedPort    -1 when absent
 * @param extensions     further name/value pairs in order (tcptype, generation, ufrag, network-id, ...)
 */
public record Candidate(String foundation, int component, String transport, long priority, String address, int port, String type,
                        String relatedAddress, int relatedPort, Map<String, String> extensions) {
    public static final String NAME = "candidate";

    public Candidate {
        extensions = Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
    }

    /** A host candidate, what an ICE-lite server announces (RFC 8445 §5.1.2 priority for component 1 of a host UDP address). */
    public static Candidate host(String foundation, String transport, String address, int port, long priority) {
        return new Candidate(foundation, 1, transport, priority, address, port, "host", null, -1, Map.of());
    }

    /** Parses an attribute value, accepting an optional "a=" and "candidate:" prefix as trickle ICE sends it; null if malformed. */
    public static Candidate parse(String value) {
        String v = value.strip();
        if (v.startsWith("a=")) {
            v = v.substring(2);
        }
        if (v.startsWith("candidate:")) {
            v = v.substring("candidate:".length());
        }
        String[] w = Tokens.words(v);
        if (w.length < 8 || (w.length - 8) % 2 != 0 || !w[6].equals("typ")) {
            return null;
        }
        int component = Tokens.parseInt(w[1], 256);
        long priority = Tokens.parseLong(w[3], 0xFFFF_FFFFL);
        int port = Tokens.parseInt(w[5], 65535);
        if (!Tokens.isToken(w[0]) || component < 1 || priority < 0 || port < 0) {
            return null;
        }
        String relatedAddress = null;
        int relatedPort = -1;
        Map<String, String> extensions = new LinkedHashMap<>();
        for (int i = 8; i < w.length; i += 2) {
            switch (w[i]) {
                case "raddr" -> relatedAddress = w[i + 1];
                case "rport" -> {
                    relatedPort = Tokens.parseInt(w[i + 1], 65535);
                    if (relatedPort < 0) {
                        return null;
                    }
                }
                default -> extensions.put(w[i], w[i + 1]);
            }
        }
        return new Candidate(w[0], component, w[2], priority, w[4], port, w[7], relatedAddress, relatedPort, extensions);
    }

    public String sdpValue() {
        StringBuilder sb = new StringBuilder(96).append(foundation).append(' ').append(component).append(' ').append(transport)
            .append(' ').append(priority).append(' ').append(address).append(' ').append(port).append(" typ ").append(type);
        if (relatedAddress != null) {
            sb.append(" raddr ").append(relatedAddress);
        }
        if (relatedPort >= 0) {
            sb.append(" rport ").append(relatedPort);
        }
        extensions.forEach((k, v) -> sb.append(' ').append(k).append(' ').append(v));
        return sb.toString();
    }
}
