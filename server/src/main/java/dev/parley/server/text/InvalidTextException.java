package dev.parley.server.text;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON string that breaks {@link TextRule#STORABLE}. A Jackson exception so that Jackson adds the JSON path of the value
 * (the field to name in the 400); {@code UnreadableBody} turns it into problem+json with {@link #reason()}.
 */
public final class InvalidTextException extends MismatchedInputException {
    private final String reason;

    InvalidTextException(JsonParser parser, String reason) {
        super(parser, "invalid text: " + reason, String.class);
        this.reason = reason;
    }

    /** Why the value was refused, completing a sentence that starts with the field name. */
    public String reason() {
        return reason;
    }
}
