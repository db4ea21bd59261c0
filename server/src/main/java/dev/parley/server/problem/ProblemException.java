package dev.parley.server.problem;

import java.time.Duration;
import java.util.List;

/**
 * Thrown by services for an expected client mistake; {@link ProblemHandler} turns it into problem+json. Carries no stack trace:
 * these are answers, not bugs.
 */
public final class ProblemException extends RuntimeException {
    private final ProblemType type;
    private final List<InvalidField> errors;
    private final Duration retryAfter;

    private ProblemException(ProblemType type, String detail, List<InvalidField> errors, Duration retryAfter) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = List.copyOf(errors);
        this.retryAfter = retryAfter;
    }

    public static ProblemException of(ProblemType type, String detail) {
        return new ProblemException(type, detail, List.of(), null);
    }

    public static ProblemException invalid(ProblemType type, String detail, List<InvalidField> errors) {
        return new ProblemException(type, detail, errors, null);
    }

    public static ProblemException throttled(String detail, Duration retryAfter) {
        return new ProblemException(ProblemType.THROTTLED, detail, List.of(), retryAfter);
    }

    /** 503: the server is too busy for this request right now; nothing was done, the same request may be retried. */
    public static ProblemException overloaded(String detail, Duration retryAfter) {
        return new ProblemException(ProblemType.OVERLOADED, detail, List.of(), retryAfter);
    }

    public ProblemType type() {
        return type;
    }

    public String detail() {
        return getMessage();
    }

    public List<InvalidField> errors() {
        return errors;
    }

    /** How long the client should wait before retrying (the Retry-After header, RFC 9110 section 10.2.3); null if not throttled. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
