package dev.parley.server.signaling;

import tools.jackson.databind.JsonNode;

/**
 * One parsed client message: its {@code type}, the optional {@code id} echoed in the reply, and the whole JSON object.
 * Field readers throw {@link SignalingException} with a sentence naming the field, so handlers stay short.
 */
record Request(String type, String id, JsonNode body) {

    /** A required, non-empty string field. */
    String text(String field) {
        JsonNode value = body.get(field);
        if (value == null || !value.isString() || value.asString().isEmpty()) {
            throw new SignalingException("invalid_message", "Field '" + field + "' must be a non-empty string.");
        }
        return value.asString();
    }

    /** A required integer field. */
    long integer(String field) {
        JsonNode value = body.get(field);
        if (value == null || !value.canConvertToLong() || !value.isIntegralNumber()) {
            throw new SignalingException("invalid_message", "Field '" + field + "' must be an integer.");
        }
        return value.asLong();
    }

    /** A required object field. */
    JsonNode object(String field) {
        JsonNode value = body.get(field);
        if (value == null || !value.isObject()) {
            throw new SignalingException("invalid_message", "Field '" + field + "' must be an object.");
        }
        return value;
    }
}
