package dev.parley.media.sfu.sdp;

/**
 * The browser's SDP is malformed or asks for something the SFU cannot serve. The message is a sentence a person can act on
 * (it is sent back to the client and logged), e.g. "m-section 'video' (mid 1) has no a=fingerprint".
 */
public final class SdpException extends Exception {
    public SdpException(String message) {
        super(message);
    }
}
