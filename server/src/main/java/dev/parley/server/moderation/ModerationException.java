package dev.parley.server.moderation;

import dev.parley.server.conference.Refusal;

/**
 * A refused moderation request: {@code code} becomes the signaling error's code ("not_host", "hard_muted", "rate_limited",
 * ...) and the message is a sentence for the person who pressed the button.
 */
public final class ModerationException extends Refusal {
    ModerationException(String code, String message) {
        super(code, message);
    }
}
