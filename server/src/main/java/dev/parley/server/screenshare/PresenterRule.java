package dev.parley.server.screenshare;

import dev.parley.server.conference.ConferenceEvent;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a participant may start presenting (publish a screen or screen audio): pure, so every case is a table row in
 * a test. The server decides, not the UI: a client that hides no button still gets the same answer.
 */
final class PresenterRule {
    /** The sources that make a participant a presenter. */
    static final Set<String> SCREEN_SOURCES = Set.of("screen", "screen_audio");

    /** Why a share was refused: the error {@code code} and a sentence for the person. */
    record Refusal(String code, String message) {
    }

    private PresenterRule() {
    }

    /**
     * @param enabled      the conference's screen_sharing_enabled flag
     * @param multiple     whether the host allows more than one presenter at a time
     * @param requesterId  who wants to share
     * @param participants everyone in the conference now, with their Producers
     * @return empty when the share may start
     */
    static Optional<Refusal> check(boolean enabled, boolean multiple, String requesterId,
                                   List<ConferenceEvent.ParticipantView> participants) {
        if (!enabled) {
            return Optional.of(new Refusal("screen_sharing_disabled",
                    "Screen sharing is turned off in this conference; the host can turn it on."));
        }
        if (multiple) {
            return Optional.empty();
        }
        return participants.stream()
                .filter(p -> !p.id().equals(requesterId) && presents(p))
                .findFirst()
                .map(p -> new Refusal("presenter_busy", p.name() + " is already sharing their screen; only one person"
                        + " can present at a time unless the host allows more."));
    }

    static boolean presents(ConferenceEvent.ParticipantView participant) {
        return participant.producers().stream().anyMatch(p -> SCREEN_SOURCES.contains(p.source()));
    }
}
