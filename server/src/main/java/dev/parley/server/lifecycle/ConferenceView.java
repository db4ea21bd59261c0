package dev.parley.server.lifecycle;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * A conference as {@code GET /conferences/{id}} returns it: the seed's metadata (screen sharing, recording), the live state
 * (who is in it now) and, for the host only, the attendance record (every join and leave).
 */
@Schema(name = "Conference")
record ConferenceView(
        long id,
        @JsonProperty("conference_id") @Schema(description = "the live id used in signaling, e.g. c-17") String conferenceId,
        @JsonProperty("meeting_id") long meetingId,
        @JsonProperty("screen_sharing_enabled") boolean screenSharingEnabled,
        @JsonProperty("video_recording_enabled") boolean videoRecordingEnabled,
        boolean locked,
        boolean live,
        @JsonProperty("started_at") Instant startedAt,
        @JsonProperty("ended_at") Instant endedAt,
        @Schema(description = "who is in the conference now") List<AttendanceRecord> participants,
        @Schema(description = "host only: every join and leave, in order; null for others") List<AttendanceRecord> attendance) {
}
