package dev.parley.server.lifecycle;

import dev.parley.server.conference.ConferenceObserver;
import dev.parley.server.conference.Participant;
import dev.parley.server.conference.ParticipantRole;
import java.time.Clock;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Records who joined and left each meeting conference ({@code conference_participants}), from the live conference's join
 * and leave notifications. Ad-hoc rooms (ids not of the {@code c-<id>} shape) have no row and are not recorded.
 * A database failure is logged, never thrown into the conference.
 */
@Component
class Attendance implements ConferenceObserver {
    private static final Logger log = LoggerFactory.getLogger(Attendance.class);

    private final ConferenceRows rows;
    private final Clock clock;
    /** Participant id → attendance row id, for the participants in a meeting conference on this node. */
    private final Map<String, Long> open = new ConcurrentHashMap<>();

    Attendance(ConferenceRows rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    @Override
    public void participantJoined(String conferenceId, Participant participant) {
        OptionalLong rowId = LiveId.rowId(conferenceId);
        if (rowId.isEmpty()) {
            return;
        }
        try {
            Long userId = participant.role() == ParticipantRole.GUEST ? null : participant.user().userId();
            open.put(participant.id(), rows.joined(rowId.getAsLong(), userId, participant.displayName(), clock.instant()));
        } catch (RuntimeException e) {
            log.warn("attendance not recorded conference={} participant={}", conferenceId, participant.id(), e);
        }
    }

    @Override
    public void participantLeft(String conferenceId, Participant participant) {
        Long attendanceId = open.remove(participant.id());
        if (attendanceId == null) {
            return;
        }
        try {
            rows.left(attendanceId, clock.instant());
        } catch (RuntimeException e) {
            log.warn("attendance leave not recorded conference={} participant={}", conferenceId, participant.id(), e);
        }
    }
}
