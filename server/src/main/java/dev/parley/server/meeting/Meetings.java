package dev.parley.server.meeting;

import dev.parley.server.problem.InvalidField;
import dev.parley.server.problem.ProblemException;
import dev.parley.server.problem.ProblemType;
import dev.parley.server.problem.ValidationDetail;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scheduling: create, read, edit, cancel meetings and answer invitations. Each change runs in one transaction, so a refused
 * or failed request leaves nothing half-written (meeting row without invitees, say).
 */
@Service
class Meetings {
    private static final Logger log = LoggerFactory.getLogger(Meetings.class);
    /** The widest listing range: a year of occurrences is already more than a calendar view shows. */
    static final Duration MAX_RANGE = Duration.ofDays(366);

    private final MeetingRepository meetings;
    private final OccurrenceChanges changes;
    private final MeetingAccess access;
    private final MeetingRules rules;
    private final MeetingViews views;
    private final Clock clock;

    Meetings(MeetingRepository meetings, OccurrenceChanges changes, MeetingAccess access, MeetingRules rules, MeetingViews views,
             Clock clock) {
        this.meetings = meetings;
        this.changes = changes;
        this.access = access;
        this.rules = rules;
        this.views = views;
        this.clock = clock;
    }

    @Transactional
    MeetingView create(long hostId, MeetingInput input) {
        MeetingRules.Checked checked = rules.check(input, null, hostId);
        long id = meetings.insert(hostId, checked.fields());
        meetings.setInvitees(id, checked.inviteeIds() == null ? Set.of() : checked.inviteeIds());
        log.info("meeting created id={} host={} invitees={}", id, hostId, checked.inviteeIds() == null ? 0 : checked.inviteeIds().size());
        return views.of(meetings.find(id).orElseThrow(), hostId);
    }

    @Transactional(readOnly = true)
    MeetingView get(long userId, long meetingId) {
        return views.of(access.forViewer(meetingId, userId), userId);
    }

    /** PUT (replace: every field as for a create) or PATCH (merge); the host only. */
    @Transactional
    MeetingView edit(long userId, long meetingId, MeetingInput input, boolean replace) {
        Meeting current = access.forHost(meetingId, userId);
        refuseIfCancelled(current);
        MeetingRules.Checked checked = rules.check(replace ? withDefaults(input) : input, replace ? null : current, userId);
        meetings.update(meetingId, checked.fields());
        if (checked.inviteeIds() != null) {
            meetings.setInvitees(meetingId, checked.inviteeIds());
        }
        if (!java.util.Objects.equals(current.recurrenceRule(), checked.fields().recurrenceRule())
                || !current.startTime().equals(checked.fields().start())) {
            changes.clear(meetingId);
        }
        return views.of(meetings.find(meetingId).orElseThrow(), userId);
    }

    /** A PUT that leaves out participants uninvites everyone, like any omitted field resets to its default. */
    private static MeetingInput withDefaults(MeetingInput in) {
        return new MeetingInput(in.title(), in.description() == null ? "" : in.description(), in.startTime(), in.endTime(),
                in.timeZone(), in.participants() == null ? List.of() : in.participants(), in.passcode() == null ? "" : in.passcode(),
                in.lobbyEnabled(), in.allowGuests(), in.recurrence(), in.instant());
    }

    /** Moves one occurrence of a series to new times; the series is untouched. */
    @Transactional
    MeetingView moveOccurrence(long userId, long meetingId, OffsetDateTime occurrence, MeetingInput input) {
        Meeting meeting = access.forHost(meetingId, userId);
        refuseIfCancelled(meeting);
        Instant original = requireOccurrence(meeting, occurrence);
        List<InvalidField> errors = new ArrayList<>();
        Stream.of(MeetingTimes.check("start_time", input.startTime()), MeetingTimes.check("end_time", input.endTime()))
                .filter(Objects::nonNull).forEach(errors::add);
        if (input.startTime() == null) {
            errors.add(new InvalidField("start_time", "is required to move one occurrence"));
        }
        if (input.endTime() == null) {
            errors.add(new InvalidField("end_time", "is required to move one occurrence"));
        } else if (input.startTime() != null && !input.endTime().isAfter(input.startTime())) {
            errors.add(new InvalidField("end_time", "must be after start_time"));
        } else if (input.startTime() != null
                && Duration.between(input.startTime(), input.endTime()).compareTo(MeetingRules.MAX_DURATION) > 0) {
            errors.add(new InvalidField("end_time", "must be at most 24 hours after start_time"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(ProblemType.VALIDATION, ValidationDetail.of(errors), errors);
        }
        changes.move(meetingId, original, input.startTime().toInstant(), input.endTime().toInstant());
        return views.of(meeting, userId);
    }

    /** Cancels the meeting (every occurrence), or only the occurrence that starts at {@code occurrence}. */
    @Transactional
    void cancel(long userId, long meetingId, OffsetDateTime occurrence) {
        Meeting meeting = access.forHost(meetingId, userId);
        if (occurrence == null) {
            meetings.cancel(meetingId, clock.instant());
            log.info("meeting cancelled id={}", meetingId);
        } else {
            changes.cancel(meetingId, requireOccurrence(meeting, occurrence));
            log.info("meeting occurrence cancelled id={} occurrence={}", meetingId, occurrence);
        }
    }

    @Transactional
    MeetingView respond(long userId, long meetingId, String status) {
        Meeting meeting = access.forViewer(meetingId, userId);
        if (!Set.of("accepted", "declined", "tentative").contains(status)) {
            List<InvalidField> errors = List.of(new InvalidField("status", "must be accepted, declined or tentative"));
            throw ProblemException.invalid(ProblemType.VALIDATION, ValidationDetail.of(errors), errors);
        }
        if (!meetings.setStatus(meetingId, userId, status)) {
            throw ProblemException.of(ProblemType.FORBIDDEN, "You host meeting " + meetingId + "; only invitees answer invitations.");
        }
        return views.of(meeting, userId);
    }

    /**
     * The user's meetings (hosted or invited), one entry per occurrence overlapping [from, to), ordered by start; a page of
     * {@code size} entries starting at {@code page * size}.
     */
    @Transactional(readOnly = true)
    MeetingPage list(long userId, Instant from, Instant to, boolean includeCancelled, String invitation, int page, int size) {
        if (!to.isAfter(from) || Duration.between(from, to).compareTo(MAX_RANGE) > 0) {
            List<InvalidField> errors = List.of(new InvalidField("to", "must be after 'from' and at most 366 days later"));
            throw ProblemException.invalid(ProblemType.VALIDATION, ValidationDetail.of(errors), errors);
        }
        List<Occurrence> all = new ArrayList<>();
        for (Meeting meeting : meetings.overlapping(userId, from, to, includeCancelled)) {
            if (invitation != null && !meetings.inviteeStatus(meeting.id(), userId).map(invitation::equals).orElse(false)) {
                continue;
            }
            all.addAll(OccurrenceExpander.expand(meeting, changes.of(meeting.id()), from, to, includeCancelled));
        }
        all.sort(Comparator.comparing(Occurrence::start).thenComparing(o -> o.meeting().id()));
        int first = (int) Math.min(all.size(), (long) page * size); // a long product: page * size may pass Integer.MAX_VALUE
        List<MeetingView> items = all.subList(first, Math.min(all.size(), first + size)).stream()
                .map(o -> views.of(o, userId)).toList();
        return new MeetingPage(items, page, size, all.size());
    }

    private static void refuseIfCancelled(Meeting meeting) {
        if (meeting.cancelled()) {
            throw ProblemException.of(ProblemType.MEETING_CANCELLED, "Meeting " + meeting.id() + " was cancelled; schedule a new one.");
        }
    }

    private static Instant requireOccurrence(Meeting meeting, OffsetDateTime occurrence) {
        Recurrence recurrence = meeting.recurrence();
        Instant wanted = occurrence.toInstant();
        boolean exists = recurrence != null && MeetingTimes.inRange(wanted)
                && recurrence.starts(meeting.zonedStart(), wanted, wanted.plusSeconds(1), 1)
                .stream().anyMatch(s -> s.toInstant().equals(wanted));
        if (!exists) {
            List<InvalidField> errors = List.of(new InvalidField("occurrence",
                    "must be the original start of one occurrence of this series"));
            throw ProblemException.invalid(ProblemType.VALIDATION, ValidationDetail.of(errors), errors);
        }
        return wanted;
    }
}
