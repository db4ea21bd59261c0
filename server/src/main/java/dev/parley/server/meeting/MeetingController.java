package dev.parley.server.meeting;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.parley.server.problem.InvalidField;
import dev.parley.server.problem.ProblemException;
import dev.parley.server.problem.ProblemType;
import dev.parley.server.problem.ValidationDetail;
import dev.parley.server.security.AuthenticatedUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The meetings API: the seed's {@code POST /meetings/create} plus list, read, replace, patch, cancel and invitation answers. */
@RestController
@Tag(name = "meetings", description = "Scheduling, invitees, recurrence")
@SecurityRequirement(name = "bearer")
class MeetingController {
    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;
    private static final String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;
    /** Entries per page when the client does not say, and the most it may ask for. */
    private static final int DEFAULT_PAGE_SIZE = 50;
    private static final int MAX_PAGE_SIZE = 100;

    private final Meetings meetings;
    private final Clock clock;

    MeetingController(Meetings meetings, Clock clock) {
        this.meetings = meetings;
        this.clock = clock;
    }

    @Operation(summary = "Schedule a meeting",
            description = "The caller becomes the host. Times are ISO-8601 with an offset; end after start, at most 24 h later; "
                    + "the start may be in the past only with instant=true (\"Meet now\").")
    @ApiResponse(responseCode = "201", description = "The meeting")
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthorized
    @PostMapping(path = "/meetings/create", consumes = JSON, produces = JSON)
    @ResponseStatus(HttpStatus.CREATED)
    MeetingView create(@AuthenticationPrincipal AuthenticatedUser user, @RequestBody MeetingInput input) {
        return meetings.create(user.id(), input);
    }

    @Operation(summary = "My meetings: hosted or invited, one entry per occurrence, ordered by start",
            description = "scope=upcoming (default: from now, a year ahead) or past (the last year); from/to (ISO-8601) "
                    + "override it. invitation=invited lists unanswered invitations.")
    @ApiResponse(responseCode = "200", description = "A page of occurrences")
    @ApiResponse(responseCode = "400", description = "Bad range or paging",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ProblemResponses.Unauthorized
    @GetMapping(path = "/meetings", produces = JSON)
    MeetingPage list(@AuthenticationPrincipal AuthenticatedUser user,
                     @RequestParam(defaultValue = "upcoming") @Parameter(schema = @Schema(allowableValues = {"upcoming", "past"}))
                     String scope,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to,
                     @RequestParam(required = false) @Parameter(schema = @Schema(allowableValues = {"invited", "accepted",
                             "declined", "tentative"})) String invitation,
                     @RequestParam(name = "include_cancelled", defaultValue = "false") boolean includeCancelled,
                     @RequestParam(defaultValue = "0") int page,
                     @RequestParam(defaultValue = "" + DEFAULT_PAGE_SIZE) int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw invalid(page < 0 ? "page" : "size", page < 0 ? "must be 0 or more" : "must be 1 to " + MAX_PAGE_SIZE);
        }
        if (!scope.equals("upcoming") && !scope.equals("past")) {
            throw invalid("scope", "must be upcoming or past");
        }
        for (InvalidField outOfRange : new InvalidField[] {MeetingTimes.check("from", from), MeetingTimes.check("to", to)}) {
            if (outOfRange != null) {
                throw invalid(outOfRange.field(), outOfRange.message());
            }
        }
        Instant now = clock.instant();
        boolean past = scope.equals("past");
        Instant start = from != null ? from.toInstant() : past ? now.minus(Meetings.MAX_RANGE) : now;
        Instant end = to != null ? to.toInstant() : past ? now : now.plus(Meetings.MAX_RANGE);
        return meetings.list(user.id(), start, end, includeCancelled, invitation, page, size);
    }

    @Operation(summary = "One meeting (host or invitee)")
    @ApiResponse(responseCode = "200", description = "The meeting")
    @ProblemResponses.Unauthorized
    @ProblemResponses.NotFound
    @GetMapping(path = "/meetings/{id}", produces = JSON)
    MeetingView get(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable long id) {
        return meetings.get(user.id(), id);
    }

    @Operation(summary = "Replace a meeting (host only)", description = "Fields left out get their defaults (no invitees, no "
            + "passcode, no lobby, no recurrence). Changing the start or the rule drops single-occurrence changes.")
    @ApiResponse(responseCode = "200", description = "The meeting")
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthorized
    @ProblemResponses.HostOnly
    @ProblemResponses.NotFound
    @ProblemResponses.Cancelled
    @PutMapping(path = "/meetings/{id}", consumes = JSON, produces = JSON)
    MeetingView replace(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable long id, @RequestBody MeetingInput input) {
        return meetings.edit(user.id(), id, input, true);
    }

    @Operation(summary = "Change some fields of a meeting, or move one occurrence (host only)",
            description = "With ?occurrence=<original start>, only that occurrence of the series moves to start_time/end_time.")
    @ApiResponse(responseCode = "200", description = "The meeting")
    @ProblemResponses.BadRequest
    @ProblemResponses.Unauthorized
    @ProblemResponses.HostOnly
    @ProblemResponses.NotFound
    @ProblemResponses.Cancelled
    @PatchMapping(path = "/meetings/{id}", consumes = JSON, produces = JSON)
    MeetingView patch(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable long id,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime occurrence,
                      @RequestBody MeetingInput input) {
        return occurrence == null ? meetings.edit(user.id(), id, input, false)
                : meetings.moveOccurrence(user.id(), id, occurrence, input);
    }

    @Operation(summary = "Cancel a meeting, or one occurrence of a series (host only)",
            description = "Invitees keep seeing it, marked cancelled. With ?occurrence=<original start>, only that occurrence.")
    @ApiResponse(responseCode = "204", description = "Cancelled")
    @ApiResponse(responseCode = "400", description = "occurrence is not one of the series",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ProblemResponses.Unauthorized
    @ProblemResponses.HostOnly
    @ProblemResponses.NotFound
    @DeleteMapping(path = "/meetings/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void cancel(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable long id,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime occurrence) {
        meetings.cancel(user.id(), id, occurrence);
    }

    /** The body of an invitation answer. */
    @Schema(name = "InvitationResponse")
    record InvitationAnswer(@Schema(allowableValues = {"accepted", "declined", "tentative"}) @JsonProperty("status") String status) {
    }

    @Operation(summary = "Accept, decline or tentatively accept an invitation (invitees only)")
    @ApiResponse(responseCode = "200", description = "The meeting, with my_status updated")
    @ApiResponse(responseCode = "400", description = "Unknown status",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ProblemResponses.Unauthorized
    @ApiResponse(responseCode = "403", description = "The host, who has no invitation",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ProblemResponses.NotFound
    @PostMapping(path = "/meetings/{id}/response", consumes = JSON, produces = JSON)
    MeetingView respond(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable long id,
                        @RequestBody InvitationAnswer answer) {
        return meetings.respond(user.id(), id, answer.status() == null ? "" : answer.status());
    }

    static ProblemException invalid(String field, String message) {
        List<InvalidField> errors = List.of(new InvalidField(field, message));
        return ProblemException.invalid(ProblemType.VALIDATION, ValidationDetail.of(errors), errors);
    }
}
