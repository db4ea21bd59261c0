package dev.parley.server.lifecycle;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/** The bodies of the conference lifecycle endpoints. */
final class ConferenceRequests {
    private ConferenceRequests() {
    }

    /** {@code POST /conferences/start}: the seed's fields. */
    @Schema(name = "ConferenceStart")
    record Start(@JsonProperty("meeting_id") Long meetingId,
                 @JsonProperty("screen_sharing_enabled") @Schema(defaultValue = "true") Boolean screenSharingEnabled,
                 @JsonProperty("video_recording_enabled") @Schema(defaultValue = "false") Boolean videoRecordingEnabled) {
    }

    /** {@code POST /conferences/stop}: the meeting whose live conference ends. */
    @Schema(name = "ConferenceStop")
    record Stop(@JsonProperty("meeting_id") Long meetingId) {
    }

    /** {@code PATCH /conferences/{id}}: the settings to change (absent = unchanged). */
    @Schema(name = "ConferenceSettings")
    record Settings(@JsonProperty("screen_sharing_enabled") Boolean screenSharingEnabled,
                    @JsonProperty("video_recording_enabled") Boolean videoRecordingEnabled,
                    @Schema(description = "a locked conference admits nobody new but the host") Boolean locked) {
    }
}
