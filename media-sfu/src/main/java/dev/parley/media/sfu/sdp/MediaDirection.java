package dev.parley.media.sfu.sdp;

/** An m-section's direction attribute (RFC 8866 §6.7), from the point of view of the side that wrote the SDP. */
public enum MediaDirection {
    SENDRECV, SENDONLY, RECVONLY, INACTIVE;

    /** Whether the writer of the SDP sends media in this section. */
    public boolean sends() {
        return this == SENDRECV || this == SENDONLY;
    }

    /** The attribute name as written in SDP ("sendrecv", ...). */
    public String sdpName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
