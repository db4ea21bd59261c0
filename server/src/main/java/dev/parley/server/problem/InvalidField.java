package dev.parley.server.problem;

/**
 * One entry of a problem's {@code errors} member: which request field is wrong and why, worded to complete a sentence that starts
 * with the field's name ("username" + "must be 3 to 32 characters long").
 */
public record InvalidField(String field, String message) {
}
