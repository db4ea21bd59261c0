package dev.parley.server.conference;

import org.springframework.stereotype.Component;

/** v1 access rule: a signed-in user may join any conference by its id and appears under their username. */
@Component
class OpenConferenceAccess implements ConferenceAccess {
    @Override
    public JoinGrant authorizeJoin(ConferenceUser user, String conferenceId) {
        if (!ConferenceId.isValid(conferenceId)) {
            throw new ConferenceException(ConferenceError.INVALID_CONFERENCE_ID,
                    "A conference id is 3 to 64 lower-case letters, digits or dashes.");
        }
        return new JoinGrant(user.username(), ParticipantRole.PARTICIPANT);
    }
}
