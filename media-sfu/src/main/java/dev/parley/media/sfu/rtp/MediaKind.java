package dev.parley.media.sfu.rtp;

/** The kind of an m-section, track, Producer or Consumer. */
public enum MediaKind {
    AUDIO, VIDEO;

    /** The SDP media token ("audio" / "video"). */
    public String sdpName() {
        return this == AUDIO ? "audio" : "video";
    }
}
