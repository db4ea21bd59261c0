package dev.parley.server.problem;

import dev.parley.server.text.TextRule;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses the parts of a request that Spring MVC would otherwise choke on with a 500, before anything decodes them:
 * <ul>
 *   <li>the query string: every name and value must be well-formed percent-encoded UTF-8 ({@link QueryString}; {@code %ff} or the
 *       overlong {@code %C0%AF} are not) and {@link TextRule#STORABLE} text. Tomcat's own decoder throws on the first and lets a
 *       NUL through to PostgreSQL;</li>
 *   <li>the Content-Type: it must be one concrete media type (RFC 9110 section 8.3); a wildcard such as {@code *}{@code /*} makes
 *       Spring's request headers throw.</li>
 * </ul>
 * Runs after Spring Security, so the answer carries the security headers.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1)
class MalformedRequestFilter extends OncePerRequestFilter {
    private final ProblemWriter problems;

    MalformedRequestFilter(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        InvalidField invalid = QueryString.firstInvalid(request.getQueryString());
        if (invalid != null) {
            List<InvalidField> errors = List.of(invalid);
            problems.write(response, Problems.of(ProblemType.VALIDATION, ValidationDetail.of(errors), errors,
                    request.getRequestURI()));
            return;
        }
        String contentType = request.getHeader(HttpHeaders.CONTENT_TYPE);
        if (contentType != null && !contentType.isBlank() && !concrete(contentType)) {
            problems.write(response, Problems.ofStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "The Content-Type must be one media type such as application/json, not a pattern or garbage.",
                    request.getRequestURI()));
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean concrete(String contentType) {
        try {
            return MediaType.parseMediaType(contentType).isConcrete();
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
