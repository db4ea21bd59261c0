package dev.parley.media.wire.sdp;

/**
 * A session description that Parley refuses: syntax error, unknown line type, malformed known attribute, or a size limit
 * exceeded. Checked, because SDP arrives from browsers over signaling and the caller must turn it into an error message.
 */
public final class SdpParseException extends Exception {
    private final int lineNumber;

    public SdpParseException(int lineNumber, String message) {
        super(lineNumber > 0 ? "SDP line " + lineNumber + ": " + message : "SDP: " + message);
        this.lineNumber = lineNumber;
    }

    /** 1-based number of the offending line, or 0 when the problem concerns the whole description. */
    public int lineNumber() {
        return lineNumber;
    }
}
