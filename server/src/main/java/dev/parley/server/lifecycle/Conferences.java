package dev.parley.server.lifecycle;

import dev.parley.server.conference.ConferenceSettings;
import dev.parley.server.conference.ConferenceRegistry;
import dev.parley.server.meeting.Meeting;
import dev.parley.server.meeting.MeetingAccess;
import dev.parley.server.problem.InvalidField;
import dev.parley.server.problem.ProblemException;
import dev.parley.server.problem.ProblemType;
import dev.parley.server.problem.ValidationDetail;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Starts and stops the live conference of a meeting (host only), reads it, and changes its settings during the call. The
 * conferences row is the truth: starting it starts the conference's owner (its lobby, no Router until the first participant
 * joins), and stopping ends the row first so no join token is honoured any more, then removes everyone and closes the owner
 * (the people still waiting in its lobby are told).
 */
@Service
class Conferences {
    private static final Logger log = LoggerFactory.getLogger(Conferences.class);
    static final String ENDED_BY_HOST = "The host ended the meeting.";

    private final ConferenceRows rows;
    private final MeetingAccess access;
    private final ConferenceRegistry registry;
    private final Attendance attendance;
    private final Clock clock;

    Conferences(ConferenceRows rows, MeetingAccess access, ConferenceRegistry registry, Attendance attendance, Clock clock) {
        this.attendance = attendance;
        this.rows = rows;
        this.access = access;
        this.registry = registry;
        this.clock = clock;
    }

    ConferenceView start(long userId, ConferenceRequests.Start request) {
        Meeting meeting = access.forHost(requireMeetingId(request.meetingId()), userId);
        if (meeting.cancelled()) {
            throw ProblemException.of(ProblemType.MEETING_CANCELLED, "Meeting " + meeting.id() + " was cancelled.");
        }
        long id;
        try {
            id = rows.start(meeting.id(), userId, !Boolean.FALSE.equals(request.screenSharingEnabled()),
                    Boolean.TRUE.equals(request.videoRecordingEnabled()), clock.instant());
        } catch (DuplicateKeyException e) {
            ConferenceRow running = rows.live(meeting.id()).orElseThrow(() -> e);
            throw ProblemException.of(ProblemType.CONFLICT, "Meeting " + meeting.id() + " is already running as conference "
                    + running.id() + "; join it, or stop it first.");
        }
        ConferenceRow row = rows.find(id).orElseThrow();
        // Its owner starts now, with its lobby, so people can knock before anyone joins (no Router until someone does).
        registry.open(row.liveId());
        log.info("conference started id={} meeting={} host={}", id, meeting.id(), userId);
        return view(row, true);
    }

    ConferenceView stop(long userId, ConferenceRequests.Stop request) {
        Meeting meeting = access.forHost(requireMeetingId(request.meetingId()), userId);
        ConferenceRow live = rows.live(meeting.id()).orElseThrow(() -> ProblemException.of(ProblemType.CONFLICT,
                "Meeting " + meeting.id() + " has no running conference to stop."));
        rows.end(live.id(), clock.instant());
        registry.end(live.liveId(), ENDED_BY_HOST).orTimeout(10, TimeUnit.SECONDS).exceptionally(e -> null).join();
        log.info("conference stopped id={} meeting={} host={}", live.id(), meeting.id(), userId);
        return view(rows.find(live.id()).orElseThrow(), true);
    }

    /** Host and invitees may read a conference; the attendance record is the host's. */
    ConferenceView get(long userId, long conferenceId) {
        ConferenceRow row = rows.find(conferenceId).orElseThrow(() -> notFound(conferenceId));
        Meeting meeting = viewable(row, userId);
        return view(row, meeting.hostId() == userId);
    }

    List<ConferenceView> ofMeeting(long userId, long meetingId) {
        Meeting meeting = access.forViewer(meetingId, userId);
        return rows.ofMeeting(meetingId).stream().map(row -> view(row, meeting.hostId() == userId)).toList();
    }

    /** Changes settings during the call and pushes them to every participant at once (seed "System Flow" step 5). */
    ConferenceView update(long userId, long conferenceId, ConferenceRequests.Settings settings) {
        ConferenceRow row = rows.find(conferenceId).orElseThrow(() -> notFound(conferenceId));
        Meeting meeting = viewable(row, userId);
        access.forHost(meeting.id(), userId);
        if (!row.live()) {
            throw ProblemException.of(ProblemType.CONFLICT, "Conference " + conferenceId + " has ended; its settings are final.");
        }
        boolean screen = settings.screenSharingEnabled() != null ? settings.screenSharingEnabled() : row.screenSharingEnabled();
        boolean recording = settings.videoRecordingEnabled() != null ? settings.videoRecordingEnabled() : row.videoRecordingEnabled();
        boolean locked = settings.locked() != null ? settings.locked() : row.locked();
        rows.updateSettings(conferenceId, screen, recording, locked);
        registry.conference(row.liveId()).ifPresent(c -> c.applySettings(new ConferenceSettings(screen, recording, locked)));
        return view(rows.find(conferenceId).orElseThrow(), true);
    }

    private Meeting viewable(ConferenceRow row, long userId) {
        try {
            return access.forViewer(row.meetingId(), userId);
        } catch (ProblemException e) {
            throw notFound(row.id());
        }
    }

    private ConferenceView view(ConferenceRow row, boolean host) {
        attendance.awaitWrites();
        List<AttendanceRecord> attendance = rows.attendance(row.id());
        List<AttendanceRecord> present = attendance.stream().filter(a -> a.leftAt() == null).toList();
        return new ConferenceView(row.id(), row.liveId(), row.meetingId(), row.screenSharingEnabled(),
                row.videoRecordingEnabled(), row.locked(), row.live(), row.startedAt(), row.endedAt(), present,
                host ? attendance : null);
    }

    private static long requireMeetingId(Long meetingId) {
        if (meetingId == null) {
            List<InvalidField> errors = List.of(new InvalidField("meeting_id", "is required"));
            throw ProblemException.invalid(ProblemType.VALIDATION, ValidationDetail.of(errors), errors);
        }
        return meetingId;
    }

    private static ProblemException notFound(long conferenceId) {
        return ProblemException.of(ProblemType.NOT_FOUND, "There is no conference " + conferenceId + " that you can see.");
    }
}
