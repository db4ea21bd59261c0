package dev.parley.server.problem;

import java.net.URI;
import org.springframework.http.HttpStatus;

/**
 * The problem types Parley defines (RFC 9457 section 3.1.1 "type"). Clients branch on the type, never on the human detail.
 * Statuses that need no more than their HTTP meaning use {@code about:blank} (RFC 9457 section 4.2.1).
 */
public enum ProblemType {
    VALIDATION("validation", HttpStatus.BAD_REQUEST, "Invalid request"),
    MALFORMED_BODY("malformed-body", HttpStatus.BAD_REQUEST, "Malformed request body"),
    CONFLICT("conflict", HttpStatus.CONFLICT, "Already exists"),
    BAD_CREDENTIALS("bad-credentials", HttpStatus.UNAUTHORIZED, "Wrong username or password"),
    INVALID_TOKEN("invalid-token", HttpStatus.UNAUTHORIZED, "Not signed in"),
    THROTTLED("throttled", HttpStatus.TOO_MANY_REQUESTS, "Too many attempts"),
    // The server refuses work it could not finish in time (issue 8, defect 5): the client should retry after Retry-After.
    OVERLOADED("overloaded", HttpStatus.SERVICE_UNAVAILABLE, "Server busy"),
    BODY_TOO_LARGE("body-too-large", HttpStatus.CONTENT_TOO_LARGE, "Request body too large"),
    // Meetings and conferences (issue 4). A stranger asking for someone else's meeting gets NOT_FOUND, never FORBIDDEN,
    // so meeting ids cannot be probed for existence.
    NOT_FOUND("not-found", HttpStatus.NOT_FOUND, "Not found"),
    FORBIDDEN("forbidden", HttpStatus.FORBIDDEN, "Not allowed"),
    WRONG_PASSCODE("wrong-passcode", HttpStatus.FORBIDDEN, "Wrong passcode"),
    CONFERENCE_LOCKED("conference-locked", HttpStatus.FORBIDDEN, "Meeting is locked"),
    CONFERENCE_FULL("conference-full", HttpStatus.CONFLICT, "Meeting is full"),
    // The host removed this person from the live conference and has not readmitted them (issue 13, 7).
    REMOVED_BY_HOST("removed-by-host", HttpStatus.FORBIDDEN, "Removed by the host"),
    MEETING_CANCELLED("meeting-cancelled", HttpStatus.GONE, "Meeting cancelled");

    private final URI uri;
    private final HttpStatus status;
    private final String title;

    ProblemType(String slug, HttpStatus status, String title) {
        this.uri = URI.create("urn:parley:problem:" + slug);
        this.status = status;
        this.title = title;
    }

    public URI uri() {
        return uri;
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }
}
