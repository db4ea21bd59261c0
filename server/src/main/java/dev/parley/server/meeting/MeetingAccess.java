package dev.parley.server.meeting;

import dev.parley.server.problem.ProblemException;
import dev.parley.server.problem.ProblemType;
import org.springframework.stereotype.Component;

/**
 * Who may see or change a meeting. Host and invitees see it; only the host changes it. Anyone else is told the meeting does
 * not exist (404), the same answer as for an id that was never used, so ids cannot be probed.
 */
@Component
public class MeetingAccess {
    private final MeetingRepository meetings;

    MeetingAccess(MeetingRepository meetings) {
        this.meetings = meetings;
    }

    /** How a user relates to a meeting. */
    public enum Relation { HOST, INVITEE, STRANGER }

    public Relation relation(Meeting meeting, long userId) {
        if (meeting.hostId() == userId) {
            return Relation.HOST;
        }
        return meetings.inviteeStatus(meeting.id(), userId).isPresent() ? Relation.INVITEE : Relation.STRANGER;
    }

    /** The meeting, for its host or an invitee; 404 for anyone else. */
    public Meeting forViewer(long meetingId, long userId) {
        Meeting meeting = meetings.find(meetingId).orElseThrow(() -> notFound(meetingId));
        if (relation(meeting, userId) == Relation.STRANGER) {
            throw notFound(meetingId);
        }
        return meeting;
    }

    /** The meeting, for its host; 403 for an invitee, 404 for anyone else. */
    public Meeting forHost(long meetingId, long userId) {
        Meeting meeting = meetings.find(meetingId).orElseThrow(() -> notFound(meetingId));
        return switch (relation(meeting, userId)) {
            case HOST -> meeting;
            case INVITEE -> throw ProblemException.of(ProblemType.FORBIDDEN,
                    "Only the host, " + meeting.hostUsername() + ", can do this for meeting " + meetingId + ".");
            case STRANGER -> throw notFound(meetingId);
        };
    }

    public static ProblemException notFound(long meetingId) {
        return ProblemException.of(ProblemType.NOT_FOUND, "There is no meeting " + meetingId + " that you can see.");
    }
}
