package dev.parley.server.conference;

import java.util.Set;

/**
 * A feature's share of one live conference (moderation, screen sharing, attendance): created with the conference, called on
 * its executor only, so a part keeps plain fields and no lock. A part reaches participants through the conference, never
 * through a roster of its own. Hooks that refuse throw a {@link Refusal}.
 */
public interface ConferencePart {
    /** Before a join is accepted (a removed person, for instance). */
    default void checkJoin(Conference conference, ConferenceUser user) {
    }

    /** After the joiner got {@code joined} and the others {@code participant_joined}. */
    default void joined(Conference conference, Participant participant) {
    }

    /** After the participant left (or was removed) and the others got {@code participant_left}. */
    default void left(Conference conference, Participant participant) {
    }

    /**
     * The participant took their seat back after losing their socket (issue 12), and the others got
     * {@code participant_reconnected}. {@code fresh}: the client starts over (a page reload) and needs the part's whole state
     * again; otherwise it kept its state and was sent what it missed.
     */
    default void resumed(Conference conference, Participant participant, boolean fresh) {
    }

    /** Before a publish creates Producers for {@code starting} (the sources the participant does not publish yet). */
    default void checkPublish(Conference conference, Participant publisher, Set<MediaSource> starting) {
    }

    /** After a publish settled, successfully or not: {@code publisher}'s Producers are what they are now. */
    default void publishSettled(Conference conference, Participant publisher) {
    }

    /** The last participant left: the conference is gone. */
    default void closed(Conference conference) {
    }

    /** Makes a feature's part for each conference that starts; a Spring bean. */
    interface Factory {
        ConferencePart create(String conferenceId);
    }
}
