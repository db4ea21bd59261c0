package dev.parley.server.problem;

import dev.parley.server.web.ClientFallback;
import java.util.ArrayList;
import java.util.List;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every exception a controller can raise into problem+json. Spring's defaults already produce ProblemDetail bodies; this class
 * rewrites their details into sentences a person can act on, adds the {@code errors} list for validation, and makes sure a client
 * mistake is never reported as a 500.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<ProblemDetail> handleProblem(ProblemException e, WebRequest request) {
        ProblemDetail body = Problems.of(e.type(), e.detail(), e.errors(), path(request));
        HttpHeaders headers = new HttpHeaders();
        if (e.retryAfter() != null) {
            // Retry-After in whole seconds, rounded up so a client that obeys it is never too early (RFC 9110 section 10.2.3).
            long seconds = Math.max(1, (e.retryAfter().toMillis() + 999) / 1000);
            headers.set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        }
        return ResponseEntity.status(e.type().status()).headers(headers).body(body);
    }

    /** A body that claims to be multipart but cannot be parsed (no boundary, truncated): no endpoint reads multipart anyway. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> handleUnreadableMultipart(MultipartException e, WebRequest request) {
        return ResponseEntity.badRequest().body(Problems.of(ProblemType.MALFORMED_BODY,
                "The request body is not a readable multipart body; this endpoint reads application/json.", path(request)));
    }

    /**
     * A form body (application/x-www-form-urlencoded) whose percent-encoding is not UTF-8, found when something asks for the
     * request's parameters; the query string itself was already checked by {@link MalformedRequestFilter}.
     */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ProblemDetail> handleUndecodableParameters(InvalidParameterException e, WebRequest request) {
        return ResponseEntity.badRequest().body(Problems.of(ProblemType.MALFORMED_BODY,
                "The request's form parameters are not valid percent-encoded UTF-8; this endpoint reads application/json.",
                path(request)));
    }

    @ExceptionHandler(DataAccessException.class)
    ResponseEntity<ProblemDetail> handleDatabaseRefusal(DataAccessException e, WebRequest request) {
        HttpStatus status = DatabaseRefusal.statusFor(e);
        if (status == null) {
            return handleUnexpected(e, request);
        }
        // The client gets a 4xx, but a check is missing in front of the database: log it as the bug it is.
        log.error("input refused by the database, validation missing path={} sqlstate={}", path(request),
                DatabaseRefusal.sqlState(e), e);
        return ResponseEntity.status(status).body(Problems.ofStatus(status, DatabaseRefusal.detail(status), path(request)));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> handleUnexpected(Exception e, WebRequest request) {
        log.error("unhandled error path={}", path(request), e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(Problems.ofStatus(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side. Please try again; if it keeps happening, tell the operator.", path(request)));
    }

    /** A person's mistyped address gets the client's not-found page (see ClientFallback); everything else problem+json. */
    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(
            NoResourceFoundException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (request instanceof ServletWebRequest servlet && ClientFallback.wantsClient(servlet.getRequest())) {
            return ClientFallback.notFoundPage();
        }
        return super.handleNoResourceFoundException(e, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<InvalidField> errors = new ArrayList<>();
        e.getBindingResult().getFieldErrors().forEach(f -> errors.add(new InvalidField(f.getField(), f.getDefaultMessage())));
        e.getBindingResult().getGlobalErrors().forEach(g -> errors.add(new InvalidField(g.getObjectName(), g.getDefaultMessage())));
        errors.sort(java.util.Comparator.comparing(InvalidField::field).thenComparing(InvalidField::message));
        return ResponseEntity.badRequest().body(Problems.of(ProblemType.VALIDATION, ValidationDetail.of(errors), errors, path(request)));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return UnreadableBody.describe(e, path(request));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception e, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        // Spring builds the ProblemDetail inside super (body is null here for its own exceptions), so rewrite it afterwards.
        ResponseEntity<Object> response = super.handleExceptionInternal(e, body, headers, status, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem) {
            String detail = humanDetail(e, request);
            if (detail != null) {
                problem.setDetail(detail);
            }
            if (problem.getType() == null) {
                problem.setType(Problems.ABOUT_BLANK);
            }
            if (problem.getInstance() == null) {
                problem.setInstance(Problems.ofStatus(status, "", path(request)).getInstance());
            }
        }
        return response;
    }

    /** Spring's set of allowed methods has no stable order; the sentence must not change between runs. */
    private static java.util.List<String> sorted(String[] methods) {
        return java.util.Arrays.stream(methods).sorted().toList();
    }

    private static String humanDetail(Exception e, WebRequest request) {
        return switch (e) {
            case NoResourceFoundException ignored -> "There is nothing at " + path(request) + ".";
            case HttpRequestMethodNotSupportedException m -> path(request) + " does not accept " + m.getMethod()
                    + (m.getSupportedMethods() == null ? "." : "; use " + String.join(" or ", sorted(m.getSupportedMethods())) + ".");
            case HttpMediaTypeNotSupportedException m -> "This endpoint reads application/json; the request body was sent as "
                    + (m.getContentType() == null ? "no content type" : m.getContentType().toString()) + ".";
            case HttpMediaTypeNotAcceptableException ignored -> "This endpoint answers in application/json only.";
            default -> null;
        };
    }

    static String path(WebRequest request) {
        return request instanceof ServletWebRequest servlet ? servlet.getRequest().getRequestURI() : null;
    }
}
