package dev.parley.media.sfu.rtp;

/** ICE username fragment and password (RFC 8445 §5.3) of one side of a WebRtcTransport. */
public record IceParameters(String usernameFragment, String password) {
    @Override
    public String toString() {
        return "IceParameters[usernameFragment=" + usernameFragment + ", password=<redacted>]";
    }
}
