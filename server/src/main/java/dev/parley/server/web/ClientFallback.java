package dev.parley.server.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * What a browser gets for an address nothing answers (issue 13, 11): a person who mistypes {@code /nope} should see the
 * app's own "Page not found" page, not raw problem+json. So a page navigation (GET or HEAD, {@code Accept} naming
 * {@code text/html}) to a path outside the API and without a file extension gets {@code index.html} with status 404;
 * the client's router then shows its not-found view. API paths, files ({@code /x.js}) and programs (no {@code text/html}
 * in Accept: fetch, curl) keep the problem+json 404.
 */
public final class ClientFallback {
    /** Path prefixes of the HTTP API, the API docs, the actuator and signaling: never answered with the client. */
    static final List<String> API_PREFIXES = List.of("/users", "/meetings", "/conferences", "/v3", "/actuator", "/ws", "/api",
            "/swagger-ui", "/error");

    private static final Resource INDEX = new ClassPathResource("static/index.html");

    private ClientFallback() {
    }

    /** Whether this unanswered request is a person's page navigation that the client should answer. */
    public static boolean wantsClient(HttpServletRequest request) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return false;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.contains(MediaType.TEXT_HTML_VALUE) && !isApi(path) && !looksLikeFile(path);
    }

    /** The client's page with status 404: the address is still unknown, the page says so in words. */
    public static ResponseEntity<Object> notFoundPage() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_HTML).body(INDEX);
    }

    static boolean isApi(String path) {
        return API_PREFIXES.stream().anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"));
    }

    /** "/ui/missing.js", "/favicon.ico": a file the browser asked for, where an HTML page would only confuse it. */
    private static boolean looksLikeFile(String path) {
        String last = path.substring(path.lastIndexOf('/') + 1);
        return last.contains(".");
    }
}
