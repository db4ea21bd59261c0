package dev.parley.server.meeting;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Builds {@link MeetingView}s: reads invitees and the live conference, and writes times in the meeting's zone. */
@Component
class MeetingViews {
    private final MeetingRepository meetings;

    private final PasscodeSeal seal;

    MeetingViews(MeetingRepository meetings, PasscodeSeal seal) {
        this.meetings = meetings;
        this.seal = seal;
    }

    MeetingView of(Meeting meeting, long viewerId) {
        return of(new Occurrence(meeting, meeting.startTime(), meeting.endTime(), null, meeting.cancelled()), viewerId);
    }

    MeetingView of(Occurrence occurrence, long viewerId) {
        Meeting meeting = occurrence.meeting();
        List<Invitee> invitees = meetings.invitees(meeting.id());
        String myStatus = invitees.stream().filter(i -> i.userId() == viewerId).map(Invitee::status).findFirst().orElse(null);
        ZoneId zone = meeting.timeZone();
        return new MeetingView(meeting.id(), meeting.title(), meeting.description(), at(occurrence.start(), zone),
                at(occurrence.end(), zone), zone.getId(), at(occurrence.occurrenceStart(), zone),
                new MeetingView.Person(meeting.hostId(), meeting.hostUsername()),
                invitees.stream().map(i -> new MeetingView.Participant(i.userId(), i.username(), i.status())).toList(),
                meeting.hasPasscode(), meeting.lobbyEnabled(), meeting.allowGuests(), meeting.recurrenceRule(),
                occurrence.cancelled(), meeting.hostId() == viewerId ? "host" : "invitee", myStatus, joinUrl(meeting.id()),
                meetings.liveConference(meeting.id())
                        .map(live -> new MeetingView.LiveConferenceView(live.id(), live.startedAt())).orElse(null),
                meetings.lastConference(meeting.id()).filter(held -> held.endedFor(occurrence.start(), occurrence.end()))
                        .map(held -> at(held.endedAt(), zone)).orElse(null),
                meeting.hostId() == viewerId ? seal.open(meeting.passcodeSealed()) : null);
    }

    /** The absolute link to share, from the request's scheme, host and port (what the person typed to reach us). */
    static String joinUrl(long meetingId) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/m/{id}").buildAndExpand(meetingId).toUriString();
    }

    private static OffsetDateTime at(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }
}
