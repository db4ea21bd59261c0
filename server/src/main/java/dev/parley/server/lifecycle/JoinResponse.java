package dev.parley.server.lifecycle;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.parley.server.turn.IceServer;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * The answer to {@code POST /meetings/join}. {@code status}: {@code ready} (join now: signaling {@code join} with
 * {@code conference_id} and {@code join_token}), {@code lobby} (knock with {@code join_token} and wait for the host) or
 * {@code waiting} (the host has not started the meeting: ask again in a few seconds; no token).
 */
@Schema(name = "JoinTicket")
record JoinResponse(
        @Schema(allowableValues = {"ready", "lobby", "waiting"}) String status,
        @JsonProperty("meeting_id") long meetingId,
        String title,
        @JsonProperty("conference_id") @Schema(description = "the live conference, e.g. c-17; null while waiting")
        String conferenceId,
        @JsonProperty("join_token") @Schema(description = "short-lived JWT (aud=join); null while waiting") String joinToken,
        @JsonProperty("expires_in") @Schema(description = "join token lifetime in seconds") long expiresIn,
        @Schema(allowableValues = {"host", "participant", "guest"}) String role,
        @JsonProperty("display_name") String displayName,
        @JsonProperty("signaling_url") String signalingUrl,
        @JsonProperty("ice_servers") @Schema(description = "RTCIceServer entries (TURN with time-limited credentials); empty when no TURN server is configured")
        List<IceServer> iceServers,
        @JsonProperty("ended_at") @Schema(description = "while waiting: when the meeting was held and the host ended it (the "
                + "page says it ended; the host may start it again, so keep asking); null if it was not held")
        Instant endedAt) {
}
