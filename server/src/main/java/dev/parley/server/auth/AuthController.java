package dev.parley.server.auth;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /users/login}, {@code /users/refresh}, {@code /users/logout}. The refresh token travels both in the body (for non-browser
 * clients) and as the HttpOnly {@code parley_refresh} cookie (for the web client, which never touches it). See docs/decisions/0003-auth-tokens.md.
 */
@RestController
@Tag(name = "sessions", description = "Signing in and out")
class AuthController {
    private final Sessions sessions;

    AuthController(Sessions sessions) {
        this.sessions = sessions;
    }

    @Operation(summary = "Sign in",
            description = "Returns an access token (JWT) and a refresh token; also sets the refresh token as the HttpOnly, "
                    + "SameSite=Strict cookie parley_refresh (Path=/users). Repeated failures per username or per client address "
                    + "are throttled with 429 and Retry-After.")
    @ApiResponse(responseCode = "200", description = "Signed in",
            headers = @Header(name = HttpHeaders.SET_COOKIE, description = "parley_refresh=<token>; HttpOnly; SameSite=Strict; Path=/users"))
    @ApiResponse(responseCode = "400", description = "Username or password missing; `errors` lists the fields")
    @ApiResponse(responseCode = "401", description = "Wrong username or password (the same answer for both)")
    @ApiResponse(responseCode = "415", description = "Body is not application/json")
    @ApiResponse(responseCode = "429", description = "Too many failed attempts; wait Retry-After seconds",
            headers = @Header(name = HttpHeaders.RETRY_AFTER, description = "seconds", schema = @Schema(type = "integer")))
    @ApiResponse(responseCode = "503", description = "Too many password checks in progress (parley.password-hashing.*); "
            + "wait Retry-After seconds",
            headers = @Header(name = HttpHeaders.RETRY_AFTER, description = "seconds", schema = @Schema(type = "integer")))
    @PostMapping(path = "/users/login", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<TokenResponse> login(@Valid @RequestBody LoginRequest body, HttpServletRequest request) {
        return respond(sessions.login(body.username(), body.password(), request.getRemoteAddr()), request);
    }

    @Operation(summary = "Exchange a refresh token for new tokens",
            description = "Takes the refresh token from the body, else from the parley_refresh cookie. Rotates it: the presented "
                    + "token stops working; presenting it again within parley.auth.refresh.reuse-grace (10 s) returns the same "
                    + "new token, later it revokes the whole session. Requires Content-Type: "
                    + "application/json (send {} when using the cookie) so that plain cross-site forms cannot call it.")
    @Parameter(in = ParameterIn.COOKIE, name = RefreshCookie.NAME, required = false, description = "refresh token")
    @ApiResponse(responseCode = "200", description = "New tokens; the cookie is replaced (and the readable parley_session=1 "
            + "hint beside it, which tells the web client a session may exist)")
    @ApiResponse(responseCode = "401", description = "No refresh token, or it is unknown, expired, revoked or reused")
    @ApiResponse(responseCode = "415", description = "Content-Type is not application/json")
    @PostMapping(path = "/users/refresh", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<TokenResponse> refresh(@RequestBody(required = false) RefreshRequest body, HttpServletRequest request)
            throws HttpMediaTypeNotSupportedException {
        requireJson(request);
        return respond(sessions.refresh(token(body, request)), request);
    }

    @Operation(summary = "Sign out",
            description = "Revokes the session of the refresh token in the body or the parley_refresh cookie, and clears the "
                    + "cookie. Succeeds even without a token, so it can always be called.")
    @Parameter(in = ParameterIn.COOKIE, name = RefreshCookie.NAME, required = false, description = "refresh token")
    @ApiResponse(responseCode = "204", description = "Signed out; the cookie (and the parley_session hint) is cleared")
    @ApiResponse(responseCode = "415", description = "A body was sent that is not application/json")
    @PostMapping(path = "/users/logout")
    ResponseEntity<Void> logout(@RequestBody(required = false) RefreshRequest body, HttpServletRequest request) {
        sessions.logout(token(body, request));
        return ResponseEntity.noContent().header(HttpHeaders.SET_COOKIE, RefreshCookie.clear(request))
                .header(HttpHeaders.SET_COOKIE, RefreshCookie.clearHint(request)).build();
    }

    /**
     * {@code consumes} alone does not enforce the type for a request without a body (Spring matches body-less requests when the
     * body is optional), and a body-less cross-site POST is exactly what the JSON requirement must stop.
     */
    private static void requireJson(HttpServletRequest request) throws HttpMediaTypeNotSupportedException {
        MediaType type;
        try {
            type = request.getContentType() == null ? null : MediaType.parseMediaType(request.getContentType());
        } catch (InvalidMediaTypeException e) {
            type = null;
        }
        if (type == null || !MediaType.APPLICATION_JSON.isCompatibleWith(type)) {
            throw new HttpMediaTypeNotSupportedException(type, List.of(MediaType.APPLICATION_JSON), HttpMethod.POST);
        }
    }

    private static String token(RefreshRequest body, HttpServletRequest request) {
        return body != null && body.refreshToken() != null ? body.refreshToken() : RefreshCookie.read(request);
    }

    private static ResponseEntity<TokenResponse> respond(Sessions.Session session, HttpServletRequest request) {
        TokenResponse body = new TokenResponse(
                session.access().token(), "Bearer", session.access().ttl().toSeconds(), session.refreshToken(),
                new TokenResponse.SignedInUser(session.user().id(), session.user().username(), session.user().email(),
                        session.user().shownName()));
        return ResponseEntity.ok()
                .header(HttpHeaders.SET_COOKIE, RefreshCookie.set(session.refreshToken(), session.refreshTtl(), request))
                .header(HttpHeaders.SET_COOKIE, RefreshCookie.setHint(session.refreshTtl(), request))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }
}
