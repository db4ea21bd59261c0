package dev.parley.media.wire.sdp;

import java.util.Locale;

/** Media direction attribute (RFC 8866 §6.7), seen from the side that wrote the description. */
public enum Direction {
    SENDRECV, SENDONLY, RECVONLY, INACTIVE;

    /** The attribute name as written in SDP. */
    public String sdpName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The direction an answerer writes for this offered direction (RFC 3264 §6.1): send and receive swap. */
    public Direction reverse() {
        return switch (this) {
            case SENDONLY -> RECVONLY;
            case RECVONLY -> SENDONLY;
            default -> this;
        };
    }

    /** The direction named by an attribute, or null when it is not a direction attribute. */
    public static Direction fromSdp(String name) {
        for (Direction d : values()) {
            if (d.sdpName().equals(name)) {
                return d;
            }
        }
        return null;
    }
}
