package dev.parley.server.conference;

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
}
