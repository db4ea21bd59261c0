package dev.parley.server.security;

import dev.parley.server.problem.ProblemType;
import dev.parley.server.problem.ProblemWriter;
import dev.parley.server.problem.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Spring Security's 401 and 403 as problem+json. The 401 carries {@code WWW-Authenticate: Bearer} (RFC 6750 section 3), with
 * {@code error="invalid_token"} when a token was sent but rejected, and the reason in the detail.
 */
final class ProblemSecurityHandler implements AuthenticationEntryPoint, AccessDeniedHandler {
    private final ProblemWriter writer;

    ProblemSecurityHandler(ProblemWriter writer) {
        this.writer = writer;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        Object failure = request.getAttribute(BearerTokenFilter.FAILURE_ATTRIBUTE);
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE,
                failure == null ? "Bearer realm=\"parley\"" : "Bearer realm=\"parley\", error=\"invalid_token\"");
        String detail = failure != null ? failure.toString()
                : "Sign in first: this endpoint needs an access token (Authorization: Bearer <token>).";
        writer.write(response, Problems.of(ProblemType.INVALID_TOKEN, detail, request.getRequestURI()));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) throws IOException {
        writer.write(response, Problems.ofStatus(HttpStatus.FORBIDDEN, "You are not allowed to do this.", request.getRequestURI()));
    }
}
