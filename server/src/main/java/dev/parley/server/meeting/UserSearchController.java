package dev.parley.server.meeting;

import dev.parley.server.security.AuthenticatedUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /users/search?q=} for the schedule form's invitee autocomplete: usernames only (never emails), by prefix, at
 * most {@link #LIMIT}, for signed-in users. Lives with meetings because inviting is its only purpose.
 */
@RestController
@Tag(name = "users")
@SecurityRequirement(name = "bearer")
class UserSearchController {
    static final int LIMIT = 8;
    /** Two characters at least, so the endpoint cannot list every account one letter at a time cheaply. */
    static final int MIN_QUERY = 2;

    private final MeetingRepository meetings;

    UserSearchController(MeetingRepository meetings) {
        this.meetings = meetings;
    }

    /** One account found. */
    @Schema(name = "UserMatch")
    record Match(long id, String username) {
    }

    @Operation(summary = "Usernames starting with q (invitee autocomplete)")
    @ApiResponse(responseCode = "200", description = "Up to 8 accounts, by username")
    @ApiResponse(responseCode = "400", description = "q shorter than 2 or longer than 32 characters",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    @ProblemResponses.Unauthorized
    @GetMapping(path = "/users/search", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Match> search(@AuthenticationPrincipal AuthenticatedUser user, @RequestParam String q) {
        String query = q.strip();
        if (query.length() < MIN_QUERY || query.length() > 32) {
            throw MeetingController.invalid("q", "must be 2 to 32 characters long");
        }
        return meetings.searchUsers(query, LIMIT).stream().filter(m -> m.id() != user.id())
                .map(m -> new Match(m.id(), m.username())).toList();
    }
}
