package dev.parley.server.conference;

import dev.parley.server.problem.ProblemException;
import dev.parley.server.problem.ProblemType;
import dev.parley.server.security.AuthenticatedUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * The media stats of one live conference, for its participants (a "connection info" panel, debugging a call): the SFU
 * Router's per-transport, per-Producer and per-Consumer counters and drops by reason. Anyone else gets 404, so live
 * conference ids cannot be probed.
 */
@RestController
class ConferenceStatsController {
    /** The REST API's field style (snake_case) for the SFU's stats records. */
    private static final JsonMapper SNAKE_CASE = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .build();

    private final ConferenceRegistry registry;

    ConferenceStatsController(ConferenceRegistry registry) {
        this.registry = registry;
    }

    record ConferenceStats(String conferenceId, List<ConferenceEvent.ParticipantView> participants,
                           Map<String, List<String>> consumersByParticipant, Object router) {
    }

    @Operation(summary = "Media stats of a live conference (participants only)")
    @ApiResponse(responseCode = "200", description = "Per-transport, per-Producer and per-Consumer counters and drops by reason")
    @ApiResponse(responseCode = "401", description = "No valid access token")
    @ApiResponse(responseCode = "404", description = "No live conference with this id that you are in")
    @GetMapping("/conferences/{conferenceId}/stats")
    JsonNode stats(@PathVariable String conferenceId, @AuthenticationPrincipal AuthenticatedUser user) {
        Conference conference = registry.conference(conferenceId)
                .filter(c -> user != null && c.hasUser(user.id()))
                .orElseThrow(() -> ProblemException.of(ProblemType.NOT_FOUND,
                        "You are not in a live conference with id '" + conferenceId + "'."));
        return SNAKE_CASE.valueToTree(new ConferenceStats(conference.id(), conference.participants(),
                conference.consumersByParticipant(), conference.stats()));
    }
}
