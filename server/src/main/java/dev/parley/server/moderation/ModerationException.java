package dev.parley.server.moderation;

/**
 * A refused moderation request: {@code code} becomes the signaling error's code ("not_host", "hard_muted", "rate_limited",
 * ...) and the message is a sentence for the person who pressed the button.
 */
public final class ModerationException extends RuntimeException {
    private final String code;

    ModerationException(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
