package dev.parley.server.auth;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import org.springframework.http.ResponseCookie;

/**
 * The {@code parley_refresh} cookie: HttpOnly (scripts, including injected ones, cannot read it), SameSite=Strict (never sent on
 * cross-site requests), Path=/users (sent only to the sign-in endpoints), Secure when the request came over https.
 */
final class RefreshCookie {
    static final String NAME = "parley_refresh";
    private static final String PATH = "/users";

    private RefreshCookie() {
    }

    /**
     * The {@code parley_session} hint beside it: no secret (its value is "1"), readable by the page and with the same lifetime,
     * so the web client asks {@code /users/refresh} only when a session may exist, instead of logging a 401 on every signed-out
     * page load (issue 13, 12). Path=/ because the page reads it on every route.
     */
    static final String HINT = "parley_session";

    static String set(String token, Duration ttl, HttpServletRequest request) {
        return base(token, request).maxAge(ttl).build().toString();
    }

    static String clear(HttpServletRequest request) {
        return base("", request).maxAge(Duration.ZERO).build().toString();
    }

    static String setHint(Duration ttl, HttpServletRequest request) {
        return hint("1", request).maxAge(ttl).build().toString();
    }

    static String clearHint(HttpServletRequest request) {
        return hint("", request).maxAge(Duration.ZERO).build().toString();
    }

    private static ResponseCookie.ResponseCookieBuilder hint(String value, HttpServletRequest request) {
        return ResponseCookie.from(HINT, value).httpOnly(false).secure(request.isSecure()).sameSite("Strict").path("/");
    }

    static String read(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (NAME.equals(cookie.getName()) && !cookie.getValue().isEmpty()) {
                return cookie.getValue();
            }
        }
        return null;
    }

    private static ResponseCookie.ResponseCookieBuilder base(String value, HttpServletRequest request) {
        return ResponseCookie.from(NAME, value).httpOnly(true).secure(request.isSecure()).sameSite("Strict").path(PATH);
    }
}
