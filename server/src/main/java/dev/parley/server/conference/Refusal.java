package dev.parley.server.conference;

/**
 * A request a live-conference feature (chat, moderation, screen sharing) refuses: {@code code} is for programs, the message is
 * a sentence for the person who asked. The signaling layer sends every Refusal as an error reply in one place, so features
 * throw it and never translate it themselves.
 */
public abstract class Refusal extends RuntimeException {
    private final String code;

    protected Refusal(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public final String code() {
        return code;
    }
}
