package dev.parley.server.conference;

/**
 * What the host set for a live conference (seed "System Flow" step 5), held by the conference and changed during the call.
 * An ad-hoc room has no settings row: sharing on, recording off, unlocked.
 */
public record ConferenceSettings(boolean screenSharingEnabled, boolean videoRecordingEnabled, boolean locked) {
    public static final ConferenceSettings AD_HOC = new ConferenceSettings(true, false, false);

    /** Where a starting conference reads its settings from (the meeting's conferences row). */
    @FunctionalInterface
    public interface Source {
        ConferenceSettings settingsOf(String conferenceId);
    }
}
