package dev.parley.server.conference;

import java.util.OptionalLong;

/**
 * Who may join which conference. The seam between live conferences and scheduled meetings: v1
 * ({@link OpenConferenceAccess}) lets any signed-in user join any well-formed conference id; the meetings feature will replace the
 * bean with one that checks invitations, passcodes and join tokens.
 */
public interface ConferenceAccess {
    /**
     * @return the grant for this user in this conference
     * @throws ConferenceException with {@link ConferenceError#FORBIDDEN} or {@link ConferenceError#INVALID_CONFERENCE_ID}
     */
    JoinGrant authorizeJoin(ConferenceUser user, String conferenceId);

    /**
     * Like {@link #authorizeJoin(ConferenceUser, String)}, with the join token the client got from {@code POST /meetings/join}
     * (null when the join message carried none). Implementations that know no join tokens ignore it.
     */
    default JoinGrant authorizeJoin(ConferenceUser user, String conferenceId, String joinToken) {
        return authorizeJoin(user, conferenceId);
    }

    /**
     * The account-less identity behind a guest's join token, for a hello that carries a join token instead of an access token.
     *
     * @throws ConferenceException with {@link ConferenceError#FORBIDDEN} when the token does not admit a guest
     */
    default ConferenceUser authenticateGuest(String joinToken) {
        throw new ConferenceException(ConferenceError.FORBIDDEN, "Guests cannot join conferences on this server.");
    }

    /**
     * For a meeting's conference id ({@link LiveId}): the account of the meeting's host while the conference is live, else
     * empty (ended, or no such conference). Decides whether a meeting's owner may start, and who hosts it before anyone joins.
     */
    default OptionalLong liveMeetingHost(String conferenceId) {
        return OptionalLong.empty();
    }
}
