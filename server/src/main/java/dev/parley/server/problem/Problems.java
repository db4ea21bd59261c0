package dev.parley.server.problem;

import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** Builds the {@link ProblemDetail}s every error path shares, so the handler, the error page and the security filters agree. */
public final class Problems {
    /** The extension member (RFC 9457 section 3.2) listing invalid fields. */
    public static final String ERRORS = "errors";
    /** RFC 9457 section 4.2.1; written out rather than omitted so that every problem has all five members. */
    static final URI ABOUT_BLANK = URI.create("about:blank");

    private Problems() {
    }

    public static ProblemDetail of(ProblemType type, String detail, String path) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(type.status(), detail);
        problem.setType(type.uri());
        problem.setTitle(type.title());
        problem.setInstance(instance(path));
        return problem;
    }

    public static ProblemDetail of(ProblemType type, String detail, List<InvalidField> errors, String path) {
        ProblemDetail problem = of(type, detail, path);
        if (!errors.isEmpty()) {
            problem.setProperty(ERRORS, errors);
        }
        return problem;
    }

    /** A problem that means no more than its status (type about:blank, title = the status's reason phrase). */
    public static ProblemDetail ofStatus(HttpStatusCode status, String detail, String path) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(ABOUT_BLANK);
        problem.setInstance(instance(path));
        return problem;
    }

    private static URI instance(String path) {
        if (path == null || path.isEmpty()) {
            return null;
        }
        try {
            return URI.create(path);
        } catch (IllegalArgumentException e) {
            return null; // a path that is not a valid URI reference is not worth echoing back
        }
    }
}
