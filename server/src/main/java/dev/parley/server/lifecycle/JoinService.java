package dev.parley.server.lifecycle;

import dev.parley.server.conference.Conference;
import dev.parley.server.conference.ConferenceProperties;
import dev.parley.server.conference.ConferenceRegistry;
import dev.parley.server.conference.ConferenceUser;
import dev.parley.server.conference.ParticipantRole;
import dev.parley.server.conference.Refusal;
import dev.parley.server.meeting.Meeting;
import dev.parley.server.meeting.MeetingAccess;
import dev.parley.server.meeting.MeetingRepository;
import dev.parley.server.problem.InvalidField;
import dev.parley.server.problem.ProblemException;
import dev.parley.server.problem.ProblemType;
import dev.parley.server.problem.ValidationDetail;
import dev.parley.server.security.AuthenticatedUser;
import dev.parley.server.turn.IceServers;
import dev.parley.server.user.UserRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * The join rules (issue 4 "Joining"), in order: the meeting must exist for the caller (guests: only when it allows guests);
 * not cancelled; host and invitees come straight in; anyone else needs the passcode if one is set (throttled) and waits in
 * the lobby if it is on; nothing happens before the host starts the conference; a person the host removed is refused; a
 * locked conference admits only the host; a full one nobody new but the host, who always gets in.
 */
@Service
class JoinService {
    static final int MAX_DISPLAY_NAME = 64;
    /** How long the ticket waits for the conference's own admission check (its executor is normally idle within ms). */
    private static final Duration ADMISSION_TIMEOUT = Duration.ofSeconds(2);

    private final MeetingRepository meetings;
    private final MeetingAccess access;
    private final ConferenceRows rows;
    private final ConferenceRegistry registry;
    private final JoinTokens tokens;
    private final PasscodeThrottle throttle;
    private final PasswordEncoder passwords;
    private final IceServers iceServers;
    private final ConferenceProperties limits;
    private final Clock clock;
    private final UserRepository users;

    JoinService(MeetingRepository meetings, MeetingAccess access, ConferenceRows rows, ConferenceRegistry registry,
                JoinTokens tokens, PasscodeThrottle throttle, PasswordEncoder passwords, IceServers iceServers,
                ConferenceProperties limits, Clock clock, UserRepository users) {
        this.users = users;
        this.limits = limits;
        this.clock = clock;
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
        // An account is shown by its display name (issue 13), from the database: a rename applies from the next join.
        String displayName = user != null ? users.shownName(user.id()).orElse(user.username()) : guestName(request.displayName());
        if (!member && meeting.hasPasscode()) {
            checkPasscode(meeting, request.passcode(), callerKey);
        }
        ParticipantRole role = user == null ? ParticipantRole.GUEST
                : relation == MeetingAccess.Relation.HOST ? ParticipantRole.HOST : ParticipantRole.PARTICIPANT;
        String roleName = role.name().toLowerCase(Locale.ROOT);
        ConferenceRow live = rows.live(meetingId).orElse(null);
        if (live == null) {
            return new JoinResponse("waiting", meetingId, meeting.title(), null, null, 0, roleName, displayName, signalingUrl,
                    List.of(), endedAt(meeting));
        }
        if (live.locked() && role != ParticipantRole.HOST) {
            throw ProblemException.of(ProblemType.CONFERENCE_LOCKED, "The host locked this meeting: nobody new can join.");
        }
        Conference conference = registry.conference(live.liveId()).orElse(null);
        if (conference != null) {
            checkAdmission(conference, user == null ? new ConferenceUser(MeetingConferenceAccess.GUEST_USER_ID, displayName)
                    : new ConferenceUser(user.id(), user.username()));
            // The host always gets in (the conference lets the host's first seat exceed the cap: Conference#capacityFor).
            boolean hostsFirstSeat = role == ParticipantRole.HOST && !conference.hasUser(user.id());
            if (!hostsFirstSeat && conference.size() >= limits.maxParticipants()) {
                throw ProblemException.of(ProblemType.CONFERENCE_FULL, "This meeting is full: it already has "
                        + limits.maxParticipants() + " participants. Try again when someone leaves.");
            }
        }
        boolean lobby = !member && meeting.lobbyEnabled();
        String subject = user == null ? JoinTokens.guestSubject() : JoinTokens.userSubject(user.id());
        String token = tokens.issue(new JoinTokens.Claims(subject, user == null ? MeetingConferenceAccess.GUEST_USER_ID : user.id(),
                meetingId, live.liveId(), displayName, role, lobby));
        return new JoinResponse(lobby ? "lobby" : "ready", meetingId, meeting.title(), live.liveId(), token,
                JoinTokens.TTL.toSeconds(), roleName, displayName, signalingUrl,
                iceServers.forParticipant(user == null ? "guest" : "user" + user.id()), null);
    }

    /**
     * When the meeting was held and ended, for the waiting page to say "ended" instead of "not started yet" (issue 13, 6): a
     * one-off meeting's last conference; for a series, only one that ended less than a meeting's length ago (the occurrence
     * that just ran, not last week's). Null when it was not held; the host may still start it again.
     */
    private Instant endedAt(Meeting meeting) {
        Instant now = clock.instant();
        return meetings.lastConference(meeting.id()).map(MeetingRepository.HeldConference::endedAt)
                .filter(end -> meeting.recurrenceRule() == null || end.isAfter(now.minus(meeting.duration())))
                .orElse(null);
    }

    /**
     * What the meeting page may say before asking for a passcode or a name (issue 13, 11): whether the meeting exists for this
     * caller, whether they will need a passcode, whether it was cancelled. It reveals no more than a join without a passcode:
     * the same 404 (a meeting that does not exist and one not open to guests look alike), and the title only when no
     * passcode stands between this caller and the waiting page, which shows it too.
     */
    MeetingEntry entry(AuthenticatedUser user, long meetingId) {
        Meeting meeting = meetings.find(meetingId).orElseThrow(() -> notFound(meetingId, user));
        if (user == null && !meeting.allowGuests()) {
            throw notFound(meetingId, null);
        }
        boolean member = user != null && access.relation(meeting, user.id()) != MeetingAccess.Relation.STRANGER;
        boolean passcode = !member && meeting.hasPasscode();
        return new MeetingEntry(meetingId, passcode ? null : meeting.title(), passcode, meeting.cancelled(), member);
    }

    /**
     * A person the host removed is refused here, before the green room, rather than after walking the join flow again
     * (issue 13, 7): the conference's parts (the deny list) answer as they would answer the signaling join.
     */
    private static void checkAdmission(Conference conference, ConferenceUser person) {
        try {
            conference.checkAdmission(person).get(ADMISSION_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Refusal refusal && "removed_by_host".equals(refusal.code())) {
                throw ProblemException.of(ProblemType.REMOVED_BY_HOST, refusal.getMessage());
            }
            // Any other refusal (the conference just closed...) is for the signaling join to say in its own words.
        } catch (TimeoutException e) {
            // A busy conference: let the signaling join run the same check rather than fail the ticket.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
