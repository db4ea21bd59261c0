package dev.parley.server.problem;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Plain HTTP to the signaling endpoint {@code /ws}: Spring's WebSocket handshake handler answers it with a text/plain 400 or an
 * empty 405. Anything that is not a WebSocket opening handshake (a GET with {@code Upgrade: websocket}, RFC 6455 section 4.1)
 * gets problem+json here instead; real handshakes pass untouched.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 2)
class WebSocketPathFilter extends OncePerRequestFilter {
    /** The signaling path (docs/protocol.md). */
    static final String PATH = "/ws";

    private final ProblemWriter problems;

    WebSocketPathFilter(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !PATH.equals(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!HttpMethod.GET.matches(request.getMethod())) {
            response.setHeader(HttpHeaders.ALLOW, HttpMethod.GET.name());
            problems.write(response, Problems.ofStatus(HttpStatus.METHOD_NOT_ALLOWED,
                    PATH + " is the signaling WebSocket: open it with a GET WebSocket handshake.", PATH));
            return;
        }
        if (!"websocket".equalsIgnoreCase(request.getHeader(HttpHeaders.UPGRADE))) {
            problems.write(response, Problems.ofStatus(HttpStatus.BAD_REQUEST,
                    PATH + " is the signaling WebSocket: it answers only a WebSocket handshake (Upgrade: websocket).", PATH));
            return;
        }
        chain.doFilter(request, response);
    }
}
