package dev.parley.server.lifecycle;

import dev.parley.server.conference.ConferenceSettings;
import dev.parley.server.conference.LiveId;
import java.time.Instant;

/** One row of {@code conferences}: a live session of a meeting (ended when {@code endedAt} is set). */
record ConferenceRow(long id, long meetingId, boolean screenSharingEnabled, boolean videoRecordingEnabled, boolean locked,
                     Instant startedAt, Instant endedAt, Long startedBy) {
    boolean live() {
        return endedAt == null;
    }

    String liveId() {
        return LiveId.of(id);
    }

    ConferenceSettings settings() {
        return new ConferenceSettings(screenSharingEnabled, videoRecordingEnabled, locked);
    }
}
