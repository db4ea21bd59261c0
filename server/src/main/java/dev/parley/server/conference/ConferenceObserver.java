package dev.parley.server.conference;

/**
 * Told when a participant enters or leaves a live conference (attendance records, for instance). Called after the
 * conference's lock is released, on the thread that made the change; implementations must be quick and must not throw.
 */
public interface ConferenceObserver {
    void participantJoined(String conferenceId, Participant participant);

    void participantLeft(String conferenceId, Participant participant);
}
