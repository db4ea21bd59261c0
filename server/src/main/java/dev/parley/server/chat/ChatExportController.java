package dev.parley.server.chat;

import dev.parley.server.meeting.MeetingAccess;
import dev.parley.server.meeting.ProblemResponses;
import dev.parley.server.problem.ProblemException;
import dev.parley.server.security.AuthenticatedUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /meetings/{id}/chat}: the meeting's chat history over all its conferences, for its host, its invitees and anyone
 * who attended; as JSON, or as a Markdown file to download ({@code Accept: text/markdown}). Private messages appear only for
 * their sender and recipient. Anyone else gets 404, the same as for a meeting that does not exist.
 */
@RestController
@Tag(name = "chat")
@SecurityRequirement(name = "bearer")
class ChatExportController {
    static final String MARKDOWN = "text/markdown";

    private final ChatRepository repository;
    private final MeetingAccess access;

    ChatExportController(ChatRepository repository, MeetingAccess access) {
        this.repository = repository;
        this.access = access;
    }

    /** The JSON export: every message the caller may see, oldest first. */
    record ChatHistory(long meetingId, List<ChatMessage> messages) {
    }

    @Operation(summary = "Export the meeting's chat (host, invitees and attendees; JSON or text/markdown)",
            description = "Deleted messages are listed as deleted without their text; private messages only for their "
                    + "sender and recipient.")
    @ApiResponse(responseCode = "200", description = "The chat history, oldest first")
    @ProblemResponses.Unauthorized
    @ProblemResponses.NotFound
    @GetMapping(path = "/meetings/{id}/chat", produces = {MediaType.APPLICATION_JSON_VALUE, MARKDOWN})
    ResponseEntity<?> export(@AuthenticationPrincipal AuthenticatedUser user, @PathVariable long id,
                             @org.springframework.web.bind.annotation.RequestHeader(value = HttpHeaders.ACCEPT,
                                     required = false) String accept) {
        allowed(id, user.id());
        List<ChatMessage> messages = repository.ofMeeting(id, user.id());
        if (accept != null && accept.contains(MARKDOWN)) {
            return ResponseEntity.ok().contentType(MediaType.parseMediaType(MARKDOWN + ";charset=UTF-8"))
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"meeting-" + id + "-chat.md\"")
                    .body(ChatExport.markdown(id, messages));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(new ChatHistory(id, messages));
    }

    private void allowed(long meetingId, long userId) {
        try {
            access.forViewer(meetingId, userId);
        } catch (ProblemException e) {
            if (!repository.attended(meetingId, userId)) {
                throw e;
            }
        }
    }
}
