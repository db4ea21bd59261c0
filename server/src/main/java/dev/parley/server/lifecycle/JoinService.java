package dev.parley.server.lifecycle;

import dev.parley.server.conference.Conference;
import dev.parley.server.conference.ConferenceProperties;
import dev.parley.server.conference.ConferenceRegistry;
import dev.parley.server.conference.ParticipantRole;
import dev.parley.server.meeting.Meeting;
import dev.parley.server.meeting.MeetingAccess;
import dev.parley.server.meeting.MeetingRepository;
import dev.parley.server.problem.InvalidField;
import dev.parley.server.problem.ProblemException;
import dev.parley.server.problem.ProblemType;
import dev.parley.server.problem.ValidationDetail;
import dev.parley.server.security.AuthenticatedUser;
import dev.parley.server.turn.IceServers;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * The join rules (issue 4 "Joining"), in order: the meeting must exist for the caller (guests: only when it allows guests);
 * not cancelled; host and invitees come straight in; anyone else needs the passcode if one is set (throttled) and waits in
 * the lobby if it is on; nothing happens before the host starts the conference; a locked conference admits only the host; a
 * full one nobody new.
 */
@Service
class JoinService {
    static final int MAX_DISPLAY_NAME = 64;

    private final MeetingRepository meetings;
    private final MeetingAccess access;
    private final ConferenceRows rows;
    private final ConferenceRegistry registry;
    private final JoinTokens tokens;
    private final PasscodeThrottle throttle;
    private final PasswordEncoder passwords;
    private final IceServers iceServers;
    private final ConferenceProperties limits;

    JoinService(MeetingRepository meetings, MeetingAccess access, ConferenceRows rows, ConferenceRegistry registry,
                JoinTokens tokens, PasscodeThrottle throttle, PasswordEncoder passwords, IceServers iceServers,
                ConferenceProperties limits) {
        this.limits = limits;
        this.meetings = meetings;
        this.access = access;
        this.rows = rows;
        this.registry = registry;
        this.tokens = tokens;
        this.throttle = throttle;
        this.passwords = passwords;
        this.iceServers = iceServers;
    }

    /**
     * @param user        the signed-in caller, or null for a guest
     * @param callerKey   who to throttle: the account, else the client address
     * @param signalingUrl the WebSocket URL the client should use
     */
    JoinResponse join(AuthenticatedUser user, JoinRequest request, String callerKey, String signalingUrl) {
        if (request.meetingId() == null) {
            throw invalid("meeting_id", "is required");
        }
        long meetingId = request.meetingId();
        Meeting meeting = meetings.find(meetingId).orElseThrow(() -> notFound(meetingId, user));
        if (user == null && !meeting.allowGuests()) {
            throw notFound(meetingId, null);
        }
        if (meeting.cancelled()) {
            throw ProblemException.of(ProblemType.MEETING_CANCELLED, "The host cancelled this meeting.");
        }
        MeetingAccess.Relation relation = user == null ? MeetingAccess.Relation.STRANGER : access.relation(meeting, user.id());
        boolean member = relation != MeetingAccess.Relation.STRANGER;
        String displayName = user != null ? user.username() : guestName(request.displayName());
        if (!member && meeting.hasPasscode()) {
            checkPasscode(meeting, request.passcode(), callerKey);
        }
        ParticipantRole role = user == null ? ParticipantRole.GUEST
                : relation == MeetingAccess.Relation.HOST ? ParticipantRole.HOST : ParticipantRole.PARTICIPANT;
        String roleName = role.name().toLowerCase(Locale.ROOT);
        ConferenceRow live = rows.live(meetingId).orElse(null);
        if (live == null) {
            return new JoinResponse("waiting", meetingId, meeting.title(), null, null, 0, roleName, displayName, signalingUrl,
                    List.of());
        }
        if (live.locked() && role != ParticipantRole.HOST) {
            throw ProblemException.of(ProblemType.CONFERENCE_LOCKED, "The host locked this meeting: nobody new can join.");
        }
        int present = registry.conference(live.liveId()).map(Conference::size).orElse(0);
        if (present >= limits.maxParticipants()) {
            throw ProblemException.of(ProblemType.CONFERENCE_FULL, "This meeting is full: it already has "
                    + limits.maxParticipants() + " participants. Try again when someone leaves.");
        }
        boolean lobby = !member && meeting.lobbyEnabled();
        String subject = user == null ? JoinTokens.guestSubject() : JoinTokens.userSubject(user.id());
        String token = tokens.issue(new JoinTokens.Claims(subject, user == null ? MeetingConferenceAccess.GUEST_USER_ID : user.id(),
                meetingId, live.liveId(), displayName, role, lobby));
        return new JoinResponse(lobby ? "lobby" : "ready", meetingId, meeting.title(), live.liveId(), token,
                JoinTokens.TTL.toSeconds(), roleName, displayName, signalingUrl,
                iceServers.forParticipant(user == null ? "guest" : "user" + user.id()));
    }

    private void checkPasscode(Meeting meeting, String passcode, String callerKey) {
        Duration wait = throttle.retryAfter(meeting.id(), callerKey);
        if (!wait.isZero()) {
            throw ProblemException.throttled("Too many wrong passcodes for this meeting. Try again in "
                    + Math.max(1, wait.toMinutes()) + " minutes.", wait);
        }
        if (passcode == null || passcode.isEmpty()) {
            throw wrongPasscode("is required to join this meeting");
        }
        if (passcode.length() > 64 || !passwords.matches(passcode, meeting.passcodeHash())) {
            throttle.recordFailure(meeting.id(), callerKey);
            throw wrongPasscode("is not right: check it with the host");
        }
    }

    private static ProblemException wrongPasscode(String message) {
        List<InvalidField> errors = List.of(new InvalidField("passcode", message));
        return ProblemException.invalid(ProblemType.WRONG_PASSCODE, ValidationDetail.of(errors), errors);
    }

    private static String guestName(String given) {
        String name = given == null ? "" : given.strip();
        if (name.isEmpty() || name.length() > MAX_DISPLAY_NAME || name.chars().anyMatch(Character::isISOControl)) {
            throw invalid("display_name", "is required for guests: 1 to " + MAX_DISPLAY_NAME + " characters, the name others see");
        }
        return name;
    }

    /** Unknown, not visible, or (for a guest) not open to guests: one answer, so meeting ids cannot be probed. */
    private static ProblemException notFound(long meetingId, AuthenticatedUser user) {
        return ProblemException.of(ProblemType.NOT_FOUND, user == null
                ? "There is no meeting " + meetingId + " that guests can join. If you have an account, sign in and try again."
                : "There is no meeting " + meetingId + ".");
    }

    private static ProblemException invalid(String field, String message) {
        List<InvalidField> errors = List.of(new InvalidField(field, message));
        return ProblemException.invalid(ProblemType.VALIDATION, ValidationDetail.of(errors), errors);
    }
}
