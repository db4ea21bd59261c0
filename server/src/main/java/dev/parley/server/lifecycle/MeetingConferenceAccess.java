package dev.parley.server.lifecycle;

import dev.parley.server.conference.ConferenceAccess;
import dev.parley.server.conference.ConferenceError;
import dev.parley.server.conference.ConferenceException;
import dev.parley.server.conference.ConferenceId;
import dev.parley.server.conference.ConferenceUser;
import dev.parley.server.conference.JoinGrant;
import dev.parley.server.conference.LiveId;
import dev.parley.server.conference.ParticipantRole;
import dev.parley.server.meeting.Meeting;
import dev.parley.server.meeting.MeetingRepository;
import java.util.OptionalLong;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * Who may join which conference, once meetings exist. A meeting's conference ({@code c-<id>}) admits only the holder of a
 * join token for it (issued by {@code POST /meetings/join} after the invitation, passcode and lobby rules), while it is live
 * and, unless the holder is the host, not locked. Any other well-formed id is an ad-hoc room that any signed-in user may
 * join, as before meetings existed. Takes over from the conference package's OpenConferenceAccess.
 */
@Component
@Primary
class MeetingConferenceAccess implements ConferenceAccess {
    /** ConferenceUser.userId of a guest: guests have no account. */
    static final long GUEST_USER_ID = 0;

    private final JoinTokens tokens;
    private final ConferenceRows rows;
    private final MeetingRepository meetings;

    MeetingConferenceAccess(JoinTokens tokens, ConferenceRows rows, MeetingRepository meetings) {
        this.tokens = tokens;
        this.rows = rows;
        this.meetings = meetings;
    }

    @Override
    public JoinGrant authorizeJoin(ConferenceUser user, String conferenceId) {
        return authorizeJoin(user, conferenceId, null);
    }

    @Override
    public JoinGrant authorizeJoin(ConferenceUser user, String conferenceId, String joinToken) {
        if (!ConferenceId.isValid(conferenceId)) {
            throw new ConferenceException(ConferenceError.INVALID_CONFERENCE_ID,
                    "A conference id is 3 to 64 lower-case letters, digits or dashes.");
        }
        if (LiveId.rowId(conferenceId).isEmpty()) {
            if (user.userId() == GUEST_USER_ID) {
                throw forbidden("Guests may join only the meeting they were let into.");
            }
            return new JoinGrant(user.username(), ParticipantRole.PARTICIPANT);
        }
        JoinTokens.Claims claims = tokens.verify(joinToken).orElseThrow(() -> forbidden(
                "Join this meeting from its page: the join token is missing or expired (they last "
                        + JoinTokens.TTL.toMinutes() + " minutes)."));
        boolean samePerson = claims.guest() ? user.userId() == GUEST_USER_ID : claims.userId() == user.userId();
        if (!claims.conferenceId().equals(conferenceId) || !samePerson) {
            throw forbidden("This join token is for another conference or another person.");
        }
        if (claims.lobby()) {
            throw forbidden("Wait in the lobby until the host admits you.");
        }
        ConferenceRow row = rows.find(LiveId.rowId(conferenceId).getAsLong()).orElseThrow(() -> forbidden("No such conference."));
        if (!row.live()) {
            throw forbidden("This meeting has ended.");
        }
        if (row.locked() && claims.role() != ParticipantRole.HOST) {
            throw forbidden("The host locked this meeting: nobody new can join.");
        }
        return new JoinGrant(claims.displayName(), claims.role());
    }

    @Override
    public OptionalLong liveMeetingHost(String conferenceId) {
        return LiveId.rowId(conferenceId).stream().boxed().map(rows::find).flatMap(java.util.Optional::stream)
                .filter(ConferenceRow::live).map(row -> meetings.find(row.meetingId()))
                .flatMap(java.util.Optional::stream).mapToLong(Meeting::hostId).findFirst();
    }

    @Override
    public ConferenceUser authenticateGuest(String joinToken) {
        JoinTokens.Claims claims = tokens.verify(joinToken).filter(JoinTokens.Claims::guest)
                .orElseThrow(() -> forbidden("Not a valid guest join token."));
        return new ConferenceUser(GUEST_USER_ID, claims.displayName());
    }

    private static ConferenceException forbidden(String message) {
        return new ConferenceException(ConferenceError.FORBIDDEN, message);
    }
}
