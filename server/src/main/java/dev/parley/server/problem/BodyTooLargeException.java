package dev.parley.server.problem;

import java.io.IOException;

/**
 * Raised while reading a body without a Content-Length (chunked) once it passes the limit. An IOException so that JSON readers
 * propagate it; {@link ProblemHandler} finds it in the cause chain and answers 413.
 */
final class BodyTooLargeException extends IOException {
    BodyTooLargeException(long limitBytes) {
        super("request body exceeds " + limitBytes + " bytes", null);
    }
}
