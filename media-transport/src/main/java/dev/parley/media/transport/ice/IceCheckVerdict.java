package dev.parley.media.transport.ice;

/** The outcome of one connectivity check at an ICE-lite agent. */
public enum IceCheckVerdict {
    /** Valid: answered with a success response. */
    OK,
    /** USERNAME absent, malformed, or not "localUfrag:remoteUfrag". */
    BAD_USERNAME,
    /** MESSAGE-INTEGRITY absent or wrong for the local password. */
    BAD_INTEGRITY,
    /** FINGERPRINT absent or wrong. */
    BAD_FINGERPRINT,
}
