package dev.parley.media.wire.sdp;

/** "send" or "recv" in {@code a=rid} (RFC 8851 §4) and {@code a=simulcast} (RFC 8853 §5.1). */
public enum StreamDirection {
    SEND, RECV;

    public String sdpName() {
        return this == SEND ? "send" : "recv";
    }

    /** Null when the token is neither "send" nor "recv". */
    public static StreamDirection fromSdp(String token) {
        return "send".equals(token) ? SEND : "recv".equals(token) ? RECV : null;
    }

    public StreamDirection reverse() {
        return this == SEND ? RECV : SEND;
    }
}
