package dev.parley.server.lifecycle;

import dev.parley.server.meeting.ProblemResponses;
import dev.parley.server.security.AuthenticatedUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The seed's {@code /conferences/start}, {@code /conferences/stop} and {@code /conferences/{id}}, plus settings and history. */
@RestController
@Tag(name = "conferences")
@SecurityRequirement(name = "bearer")
class ConferenceController {
    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;
    private static final String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    private final Conferences conferences;

    ConferenceController(Conferences conferences) {
        this.conferences = conferences;
    }

    @Operation(summary = "Start the meeting's live conference (host only; one at a time per meeting)")
    @ApiResponse(responseCode = "201", description = "The conference; join it with POST /meetings/join")
    @ApiResponse(responseCode = "400", description = "meeting_id missing",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ProblemResponses.Unauthorized
    @ProblemResponses.HostOnly
    @ProblemResponses.NotFound
    @ApiResponse(responseCode = "409", description = "Already running",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ProblemResponses.Cancelled
    @PostMapping(path = "/conferences/start", consumes = JSON, produces = JSON)
    @ResponseStatus(HttpStatus.CREATED)
    ConferenceView start(@AuthenticationPrincipal AuthenticatedUser user, @RequestBody ConferenceRequests.Start request) {
        return conferences.start(user.id(), request);
    }

    @Operation(summary = "End the meeting's live conference for everyone (host only)",
            description = "Every participant gets conference_ended and is removed; people waiting in the lobby are turned away.")
    @ApiResponse(responseCode = "200", description = "The ended conference with its attendance")
    @ApiResponse(responseCode = "400", description = "meeting_id missing",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @ProblemResponses.Unauthorized
    @ProblemResponses.HostOnly
    @ProblemResponses.NotFound
    @ApiResponse(responseCode = "409", description = "Nothing running",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @PostMapping(path = "/conferences/stop", consumes = JSON, produces = JSON)
    ConferenceView stop(@AuthenticationPrincipal AuthenticatedUser user, @RequestBody ConferenceRequests.Stop request) {
        return conferences.stop(user.id(), request);
    }

    @Operation(summary = "A conference: settings, who is in it now, and (host only) attendance")
    @ApiResponse(responseCode = "200", description = "The conference")
    @ProblemResponses.Unauthorized
    @ProblemResponses.NotFound
    @GetMapping(path = "/conferences/{id}", produces = JSON)
    ConferenceView get(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable long id) {
        return conferences.get(user.id(), id);
    }

    @Operation(summary = "Change screen sharing, recording or the lock during the call (host only); pushed to everyone")
    @ApiResponse(responseCode = "200", description = "The conference")
    @ProblemResponses.Unauthorized
    @ProblemResponses.HostOnly
    @ProblemResponses.NotFound
    @ApiResponse(responseCode = "409", description = "The conference has ended",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @PatchMapping(path = "/conferences/{id}", consumes = JSON, produces = JSON)
    ConferenceView update(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable long id,
                          @RequestBody ConferenceRequests.Settings settings) {
        return conferences.update(user.id(), id, settings);
    }

    @Operation(summary = "The conferences held for a meeting, newest first (attendance for the host)")
    @ApiResponse(responseCode = "200", description = "The conferences")
    @ProblemResponses.Unauthorized
    @ProblemResponses.NotFound
    @GetMapping(path = "/meetings/{id}/conferences", produces = JSON)
    List<ConferenceView> ofMeeting(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable long id) {
        return conferences.ofMeeting(user.id(), id);
    }
}
