package dev.parley.server.meeting;

import dev.parley.server.problem.ProblemException;
import dev.parley.server.problem.ProblemType;
import dev.parley.server.security.AuthenticatedUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * iCalendar: one meeting as a downloadable {@code .ics}, and a personal feed URL (secret, revocable) that calendar apps
 * subscribe to. The feed URL is the credential: it carries no Bearer token, because calendar apps cannot send one.
 */
@RestController
@Tag(name = "calendar", description = "iCalendar export and subscription feeds")
class CalendarController {
    static final String TEXT_CALENDAR = "text/calendar";
    private static final String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;
    /** The feed covers the last 90 days and every meeting that starts later (series are written once, with their RRULE). */
    private static final Duration FEED_PAST = Duration.ofDays(90);
    private static final Duration FEED_FUTURE = Duration.ofDays(5 * 366);

    private final MeetingRepository meetings;
    private final OccurrenceChanges changes;
    private final MeetingAccess access;
    private final CalendarFeeds feeds;
    private final Clock clock;

    CalendarController(MeetingRepository meetings, OccurrenceChanges changes, MeetingAccess access, CalendarFeeds feeds,
                       Clock clock) {
        this.meetings = meetings;
        this.changes = changes;
        this.access = access;
        this.feeds = feeds;
        this.clock = clock;
    }

    @Operation(summary = "A meeting as an iCalendar file (host or invitee)", security = @SecurityRequirement(name = "bearer"))
    @ApiResponse(responseCode = "200", description = "RFC 5545 VCALENDAR with one VEVENT (plus one per moved occurrence)",
            content = @Content(mediaType = TEXT_CALENDAR))
    @ProblemResponses.Unauthorized
    @ProblemResponses.NotFound
    @GetMapping(path = "/meetings/{id}.ics")
    @Transactional(readOnly = true)
    ResponseEntity<String> meeting(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable long id) {
        Meeting meeting = access.forViewer(id, user.id());
        String body = IcsWriter.calendar(meeting.title(), List.of(event(meeting)), clock.instant());
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"meeting-" + id + ".ics\"")
                .contentType(MediaType.parseMediaType(TEXT_CALENDAR + ";charset=UTF-8"))
                .body(body);
    }

    /** The answer to creating a feed: the URL to paste into a calendar app. */
    @Schema(name = "CalendarFeed")
    record Feed(String url) {
    }

    @Operation(summary = "Create (or replace) my calendar feed URL", security = @SecurityRequirement(name = "bearer"),
            description = "The URL is shown only now; creating a new one makes the old one stop working.")
    @ApiResponse(responseCode = "201", description = "The secret feed URL")
    @ProblemResponses.Unauthorized
    @PostMapping(path = "/meetings/calendar-feed", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Feed createFeed(@AuthenticationPrincipal AuthenticatedUser user) {
        String token = feeds.rotate(user.id());
        return new Feed(ServletUriComponentsBuilder.fromCurrentContextPath().path("/meetings/feed/{token}.ics")
                .buildAndExpand(token).toUriString());
    }

    @Operation(summary = "Revoke my calendar feed URL", security = @SecurityRequirement(name = "bearer"))
    @ApiResponse(responseCode = "204", description = "Revoked")
    @ProblemResponses.Unauthorized
    @ApiResponse(responseCode = "404", description = "There was no feed",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @DeleteMapping(path = "/meetings/calendar-feed")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revokeFeed(@AuthenticationPrincipal AuthenticatedUser user) {
        if (!feeds.revoke(user.id())) {
            throw ProblemException.of(ProblemType.NOT_FOUND, "You have no calendar feed to revoke.");
        }
    }

    @Operation(summary = "A calendar feed (the secret URL is the credential; no token)")
    @ApiResponse(responseCode = "200", description = "RFC 5545 VCALENDAR of the owner's meetings",
            content = @Content(mediaType = TEXT_CALENDAR))
    @ApiResponse(responseCode = "404", description = "Unknown or revoked feed",
            content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
    @GetMapping(path = "/meetings/feed/{token}.ics")
    @Transactional(readOnly = true)
    ResponseEntity<String> feed(@PathVariable String token) {
        long userId = feeds.owner(token).orElseThrow(() -> ProblemException.of(ProblemType.NOT_FOUND,
                "This calendar feed does not exist or was revoked."));
        Instant now = clock.instant();
        List<IcsWriter.Event> events = meetings.overlapping(userId, now.minus(FEED_PAST), now.plus(FEED_FUTURE), true).stream()
                .map(this::event).toList();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(TEXT_CALENDAR + ";charset=UTF-8"))
                .header(HttpHeaders.CACHE_CONTROL, "private, max-age=300")
                .body(IcsWriter.calendar("Parley meetings", events, now));
    }

    private IcsWriter.Event event(Meeting meeting) {
        String host = ServletUriComponentsBuilder.fromCurrentContextPath().build().getHost();
        return new IcsWriter.Event(meeting, meetings.email(meeting.hostId()), meetings.invitees(meeting.id()),
                changes.of(meeting.id()).values(), MeetingViews.joinUrl(meeting.id()), host == null ? "parley" : host);
    }
}
