package dev.parley.server.conference;

/** A refused conference operation with a sentence a person can read; never carries a stack-worthy bug. */
public class ConferenceException extends RuntimeException {
    private final ConferenceError error;

    public ConferenceException(ConferenceError error, String message) {
        super(message, null, false, false);
        this.error = error;
    }

    public ConferenceError error() {
        return error;
    }
}
