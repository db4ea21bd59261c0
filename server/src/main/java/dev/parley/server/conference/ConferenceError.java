package dev.parley.server.conference;

/** Why a conference operation was refused; the signaling layer sends the lower-case name as the error {@code code}. */
public enum ConferenceError {
    INVALID_CONFERENCE_ID,
    FORBIDDEN,
    CONFERENCE_FULL,
    TOO_MANY_ROOMS,
    LOBBY_FULL,
    NOT_HOST,
    INVALID_SDP,
    INVALID_SOURCE,
    UNKNOWN_PRODUCER,
    STALE_ANSWER,
    MEDIA_ERROR,
    /** No seat to resume: the grace period ran out, the token is not this person's, or the conference ended. */
    RESUME_FAILED;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
