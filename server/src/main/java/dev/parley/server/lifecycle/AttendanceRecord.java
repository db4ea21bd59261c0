package dev.parley.server.lifecycle;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** One join of one person: account (null for a guest), the name shown, when they joined and left (null: still in). */
@Schema(name = "Attendance")
record AttendanceRecord(@JsonProperty("user_id") Long userId, String username, @JsonProperty("display_name") String displayName,
                        @JsonProperty("joined_at") Instant joinedAt, @JsonProperty("left_at") Instant leftAt) {
}
