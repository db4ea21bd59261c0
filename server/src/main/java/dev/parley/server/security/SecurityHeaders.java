package dev.parley.server.security;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The response headers every answer carries. Spring Security writes them for everything that passes its filter chain; answers the
 * servlet container makes on its own (a malformed request line, an oversize header) never do, so the container's error reporter
 * writes the same values from here.
 */
public final class SecurityHeaders {
    /**
     * The app's own ES modules only; styles may be inline (the API page sets style attributes); media from getUserMedia/
     * getDisplayMedia (mediastream:) and blobs; fetch and WebSocket to this origin ('self' covers ws:/wss: of the same host).
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "media-src 'self' blob: mediastream:",
            "connect-src 'self'",
            "font-src 'self' data:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");
    static final String PERMISSIONS_POLICY = "camera=(self), microphone=(self), display-capture=(self), geolocation=()";

    private SecurityHeaders() {
    }

    /** Name → value of the headers on an error answer (Spring Security's defaults plus Parley's own policies). */
    public static Map<String, String> forErrors() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Cache-Control", "no-cache, no-store, max-age=0, must-revalidate");
        headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.put("Referrer-Policy", "same-origin");
        headers.put("Permissions-Policy", PERMISSIONS_POLICY);
        return headers;
    }
}
