package dev.parley.server.lifecycle;

import dev.parley.server.problem.ProblemException;
import dev.parley.server.ratelimit.RateLimitProperties;
import dev.parley.server.ratelimit.RateLimiter;
import dev.parley.server.security.AuthenticatedUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** {@code POST /meetings/join}: the ticket into a meeting's live conference. Open to guests (no access token). */
@RestController
@Tag(name = "conferences", description = "Joining, starting and stopping the live conference of a meeting")
class JoinController {
    private static final String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    private final JoinService joins;
    private final RateLimiter guestPasscodeJoins;

    JoinController(JoinService joins, RateLimitProperties limits, Clock clock) {
        this.joins = joins;
        this.guestPasscodeJoins = new RateLimiter(limits.guestJoin(), clock);
    }

    @Operation(summary = "Get a join token for a meeting's conference",
            description = "Host and invitees join directly; anyone else needs the passcode (if set) and waits in the lobby "
                    + "(if on). Without an access token the caller is a guest, allowed only when the meeting allows guests. "
                    + "Before the host starts the conference the answer is status=waiting: ask again every few seconds.")
    @ApiResponse(responseCode = "200", description = "ready, lobby or waiting")
    @ApiResponse(responseCode = "400", description = "meeting_id missing, or a guest without display_name",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "Wrong or missing passcode (type wrong-passcode), the conference is "
            + "locked (type conference-locked), or the host removed the caller from it (type removed-by-host)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such meeting (or, for a guest, not open to guests)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "The conference is full: parley.conference.max-participants, "
            + "default 10 (type conference-full). The meeting's host always gets in, one over the limit if need be",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "410", description = "The meeting was cancelled",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "429", description = "Too many wrong passcodes, or (without an access token) too many join "
            + "requests with a passcode from this address; Retry-After says when to try again",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "503", description = "Too many passcode checks in progress; Retry-After says when to try again",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @PostMapping(path = "/meetings/join", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    JoinResponse join(@AuthenticationPrincipal AuthenticatedUser user, @RequestBody JoinRequest request,
                      HttpServletRequest http) {
        String caller = user != null ? "user:" + user.id() : "address:" + http.getRemoteAddr();
        if (user == null && request.passcode() != null && !request.passcode().isEmpty()) {
            limitGuestPasscodeJoins(http.getRemoteAddr());
        }
        return joins.join(user, request, caller, signalingUrl());
    }

    @Operation(summary = "Check a meeting link before joining",
            description = "Open to guests. Says whether the meeting exists for the caller and whether a passcode is needed, "
                    + "so the page can say \"not found\" before asking for a passcode and a name. Reveals no more than "
                    + "POST /meetings/join does: a meeting that does not exist and one not open to guests (for a caller "
                    + "without an access token) both answer 404.")
    @ApiResponse(responseCode = "200", description = "The meeting exists for this caller")
    @ApiResponse(responseCode = "404", description = "No such meeting (or, for a guest, not open to guests)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping(path = "/meetings/{id}/entry", produces = MediaType.APPLICATION_JSON_VALUE)
    MeetingEntry entry(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable long id) {
        return joins.entry(user, id);
    }

    /**
     * The passcode throttle counts wrong passcodes per meeting; this bounds how fast one address may try passcodes at all, over
     * every meeting (each try costs an Argon2 check). Right passcodes count too: a waiting guest re-asks every few seconds,
     * well inside parley.rate-limit.guest-joins-per-address.
     */
    private void limitGuestPasscodeJoins(String address) {
        Duration wait = guestPasscodeJoins.acquire(address);
        if (!wait.isZero()) {
            throw ProblemException.throttled("Too many join requests with a passcode from your network address. Try again in "
                    + Math.max(1, (wait.toMillis() + 999) / 1000) + " second(s).", wait);
        }
    }

    /** ws://host/ws, or wss:// behind HTTPS: the same origin the page came from. */
    private static String signalingUrl() {
        var base = ServletUriComponentsBuilder.fromCurrentContextPath().build();
        String scheme = "https".equals(base.getScheme()) ? "wss" : "ws";
        return ServletUriComponentsBuilder.fromCurrentContextPath().scheme(scheme).path("/ws").toUriString();
    }
}
