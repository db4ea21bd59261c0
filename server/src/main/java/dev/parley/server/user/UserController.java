package dev.parley.server.user;

import dev.parley.server.problem.ProblemException;
import dev.parley.server.ratelimit.RateLimitProperties;
import dev.parley.server.ratelimit.RateLimiter;
import dev.parley.server.problem.ProblemType;
import dev.parley.server.security.AuthenticatedUser;
import dev.parley.server.security.HashingAdmission;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /users/register} (the seed's endpoint) and {@code /users/me}. Sign-in lives in the auth package. */
@RestController
@Tag(name = "users", description = "Accounts")
class UserController {
    private final Registration registration;
    private final UserRepository users;
    private final RateLimiter registrations;
    private final HashingAdmission admission;

    UserController(Registration registration, UserRepository users, RateLimitProperties limits, Clock clock,
                   HashingAdmission admission) {
        this.admission = admission;
        this.registration = registration;
        this.users = users;
        this.registrations = new RateLimiter(limits.registration(), clock);
    }

    @Operation(summary = "Create an account",
            description = "Username: 3-32 letters, digits, '_', '.', '-'. Password: 10-256 characters, not the username. "
                    + "Username and email are unique, ignoring case.")
    @ApiResponse(responseCode = "201", description = "Account created")
    @ApiResponse(responseCode = "400", description = "A field is missing or invalid; `errors` lists each one")
    @ApiResponse(responseCode = "409", description = "The username or the email is already registered; `errors` says which")
    @ApiResponse(responseCode = "413", description = "Body over the size limit")
    @ApiResponse(responseCode = "415", description = "Body is not application/json")
    @ApiResponse(responseCode = "429", description = "Too many accounts created from this address (parley.rate-limit.*); "
            + "wait Retry-After seconds",
            headers = @Header(name = HttpHeaders.RETRY_AFTER, description = "seconds", schema = @Schema(type = "integer")))
    @ApiResponse(responseCode = "503", description = "Too many password checks in progress; wait Retry-After seconds",
            headers = @Header(name = HttpHeaders.RETRY_AFTER, description = "seconds", schema = @Schema(type = "integer")))
    @PostMapping(path = "/users/register", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    RegisteredUser register(@Valid @RequestBody RegisterRequest request, HttpServletRequest http) {
        // Counted once the body is valid: typos do not use up the allowance, every attempt that could cost a hash does.
        Duration wait = registrations.acquire(http.getRemoteAddr());
        if (!wait.isZero()) {
            throw ProblemException.throttled("Too many accounts were created from your network address. Try again in "
                    + Math.max(1, (wait.toSeconds() + 59) / 60) + " minute(s).", wait);
        }
        return admission.admit(() -> registration.register(request));
    }

    @Operation(summary = "The signed-in user's account", security = @SecurityRequirement(name = "bearer"))
    @ApiResponse(responseCode = "200", description = "The account")
    @ApiResponse(responseCode = "401", description = "No valid access token")
    @GetMapping(path = "/users/me", produces = MediaType.APPLICATION_JSON_VALUE)
    UserProfile me(@AuthenticationPrincipal AuthenticatedUser principal) {
        return users.findById(principal.id())
                .map(UserProfile::of)
                .orElseThrow(UserController::gone);
    }

    @Operation(summary = "Change the signed-in user's display name", security = @SecurityRequirement(name = "bearer"),
            description = "The display name is what others see in calls, chat, participants and attendance. It applies "
                    + "from the next join; people already in a call keep seeing the old one until then.")
    @ApiResponse(responseCode = "200", description = "The account, changed")
    @ApiResponse(responseCode = "400", description = "The display name is too long or contains control characters")
    @ApiResponse(responseCode = "401", description = "No valid access token")
    @PatchMapping(path = "/users/me", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    UserProfile update(@AuthenticationPrincipal AuthenticatedUser principal, @RequestBody ProfileUpdate update) {
        users.setDisplayName(principal.id(), DisplayNames.normalize(update.displayName()));
        return me(principal);
    }

    private static ProblemException gone() {
        return ProblemException.of(ProblemType.INVALID_TOKEN, "This account no longer exists; sign in again.");
    }
}
