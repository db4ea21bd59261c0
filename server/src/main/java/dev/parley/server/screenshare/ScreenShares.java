package dev.parley.server.screenshare;

import dev.parley.server.conference.Conference;
import dev.parley.server.conference.ConferenceEvent;
import dev.parley.server.conference.Refusal;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Enforces the screen sharing rules on every publish that starts a share, and holds the host's "allow more presenters"
 * choice per live conference (in memory: it lasts as long as the conference; a new conference starts with one presenter).
 * A starting share is checked and published under its conference's {@link Rules} monitor, so two people pressing "Share"
 * at the same moment cannot both become the single presenter.
 */
@Component
public class ScreenShares {
    /** Per live conference; weak keys, so an ended conference's entry goes with it. Guarded by its own monitor. */
    private final Map<Conference, Rules> rules = new WeakHashMap<>();
    private final ScreenSharingFlag flag;

    ScreenShares(ScreenSharingFlag flag) {
        this.flag = flag;
    }

    /** What the host chose for one conference; its monitor serializes starting shares. */
    private static final class Rules {
        /** Written and read under this object's monitor. */
        private boolean multiplePresenters;
    }

    /** A refused share, for the signaling layer to send as an error with {@code code}. */
    public static final class RefusedException extends Refusal {
        RefusedException(PresenterRule.Refusal refusal) {
            super(refusal.code(), refusal.message());
        }
    }

    /**
     * Runs {@code publish} (the participant's publish of {@code sources}: mid → source), first checking the rules when it
     * starts a share: it names a screen source and the participant presents nothing yet.
     *
     * @throws RefusedException when sharing is off or someone else presents and only one may
     */
    public <T> T publish(Conference conference, String participantId, Map<String, String> sources, Supplier<T> publish) {
        if (sources.values().stream().noneMatch(PresenterRule.SCREEN_SOURCES::contains)) {
            return publish.get();
        }
        Rules conferenceRules = rulesOf(conference);
        synchronized (conferenceRules) {
            var participants = conference.participants();
            boolean alreadyPresenting = participants.stream()
                    .anyMatch(p -> p.id().equals(participantId) && PresenterRule.presents(p));
            if (!alreadyPresenting) {
                Optional<PresenterRule.Refusal> refusal = PresenterRule.check(flag.enabled(conference.id()),
                        conferenceRules.multiplePresenters, participantId, participants);
                if (refusal.isPresent()) {
                    throw new RefusedException(refusal.get());
                }
            }
            return publish.get();
        }
    }

    /**
     * Whether the participant may start presenting now, asked before the browser captures anything (the publish is still
     * checked: this answer can be stale a moment later).
     *
     * @throws RefusedException when not
     */
    public void checkMayPresent(Conference conference, String participantId) {
        Rules conferenceRules = rulesOf(conference);
        synchronized (conferenceRules) {
            PresenterRule.check(flag.enabled(conference.id()), conferenceRules.multiplePresenters, participantId,
                    conference.participants()).ifPresent(refusal -> {
                        throw new RefusedException(refusal);
                    });
        }
    }

    /** The host's choice: may several participants present at once in {@code conference}? */
    public void allowMultiplePresenters(Conference conference, boolean allowed) {
        Rules conferenceRules = rulesOf(conference);
        synchronized (conferenceRules) {
            conferenceRules.multiplePresenters = allowed;
        }
    }

    /** Who presents now, in join order (for the host's stop and for tests). */
    public static java.util.List<ConferenceEvent.ParticipantView> presenters(Conference conference) {
        return conference.participants().stream().filter(PresenterRule::presents).toList();
    }

    private Rules rulesOf(Conference conference) {
        synchronized (rules) {
            return rules.computeIfAbsent(conference, c -> new Rules());
        }
    }
}
