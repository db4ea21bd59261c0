package dev.parley.server.screenshare;

import dev.parley.server.conference.Conference;
import dev.parley.server.conference.ConferenceEvent;
import dev.parley.server.conference.ConferencePart;
import dev.parley.server.conference.MediaSource;
import dev.parley.server.conference.Participant;
import dev.parley.server.conference.Refusal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.springframework.stereotype.Component;

/**
 * Makes each conference's screen sharing part: the presenter rule on every publish that starts a share (the conference's
 * screen_sharing_enabled setting, one presenter at a time unless the host allows more), the host's "allow more presenters"
 * choice (in memory: it lasts as long as the conference) and the host stopping someone's share.
 */
@Component
public class ScreenShares implements ConferencePart.Factory {
    static final Set<MediaSource> SCREEN = Set.of(MediaSource.SCREEN, MediaSource.SCREEN_AUDIO);
    static final String STOPPED_BY_HOST = "The host stopped your screen share.";

    @Override
    public ConferencePart create(String conferenceId) {
        return new Part();
    }

    /** A refused share, for the signaling layer to send as an error with {@code code}. */
    public static final class RefusedException extends Refusal {
        RefusedException(PresenterRule.Refusal refusal) {
            super(refusal.code(), refusal.message());
        }
    }

    /** One conference's sharing state; on its executor only. */
    static final class Part implements ConferencePart {
        private boolean multiplePresenters;
        /** Participants whose share is being created (the Router has not answered yet): they count as presenting. */
        private final Set<String> starting = new HashSet<>();

        @Override
        public void checkPublish(Conference conference, Participant publisher, Set<MediaSource> sources) {
            if (sources.stream().noneMatch(SCREEN::contains) || presents(publisher)) {
                return;
            }
            check(conference, publisher.id());
            starting.add(publisher.id());
        }

        @Override
        public void publishSettled(Conference conference, Participant publisher) {
            starting.remove(publisher.id());
        }

        @Override
        public void left(Conference conference, Participant participant) {
            starting.remove(participant.id());
        }

        void check(Conference conference, String requesterId) {
            List<ConferenceEvent.ParticipantView> views = conference.members().stream()
                    .map(p -> starting.contains(p.id()) ? presenting(p.view()) : p.view()).toList();
            PresenterRule.check(conference.settings().screenSharingEnabled(), multiplePresenters, requesterId, views)
                    .ifPresent(refusal -> {
                        throw new RefusedException(refusal);
                    });
        }

        private boolean presents(Participant participant) {
            return SCREEN.stream().anyMatch(participant::publishes) || starting.contains(participant.id());
        }

        private static ConferenceEvent.ParticipantView presenting(ConferenceEvent.ParticipantView view) {
            List<ConferenceEvent.ProducerView> producers = new ArrayList<>(view.producers());
            producers.add(new ConferenceEvent.ProducerView("starting", "screen", "video", false));
            return new ConferenceEvent.ParticipantView(view.id(), view.name(), view.guest(), producers, view.reconnecting());
        }
    }

    /**
     * Whether the participant may start presenting now, asked before the browser captures anything (the publish is checked
     * again: this answer can be stale a moment later).
     */
    public CompletableFuture<Object> checkMayPresent(Conference conference, String participantId,
                                                     Conference.Reply<Object> reply) {
        return conference.command(participantId, participant -> {
            part(conference).check(conference, participantId);
            return done();
        }, reply::done);
    }

    /** The host's choice: may several participants present at once? */
    public CompletableFuture<Object> allowMultiplePresenters(Conference conference, String actorId, boolean allowed,
                                                             Conference.Reply<Object> reply) {
        return conference.command(actorId, actor -> {
            conference.requireHost(actorId, "allow more than one presenter");
            part(conference).multiplePresenters = allowed;
            return done();
        }, reply::done);
    }

    /** The host stops {@code sharerId}'s screen share: its Producers close and the sharer is told. Returns the closed ids. */
    public CompletableFuture<List<String>> stop(Conference conference, String actorId, String sharerId,
                                                Conference.Reply<List<String>> reply) {
        return conference.command(actorId, actor -> {
            conference.requireHost(actorId, "stop someone's screen share");
            Participant sharer = conference.participant(sharerId).orElseThrow(() -> new UnknownParticipant(sharerId));
            return CompletableFuture.completedFuture(conference.publishing().closeProducers(sharer, SCREEN,
                    new ConferenceEvent.ScreenShareStopped(STOPPED_BY_HOST)));
        }, reply);
    }

    /** Who presents now, in join order (for tests). */
    public static List<ConferenceEvent.ParticipantView> presenters(Conference conference) {
        return conference.participants().stream().filter(PresenterRule::presents).toList();
    }

    private static Part part(Conference conference) {
        return conference.part(Part.class).orElseThrow();
    }

    private static CompletableFuture<Object> done() {
        return CompletableFuture.completedFuture(null);
    }

    /** stop_screen_share for someone who is not in the conference. */
    static final class UnknownParticipant extends Refusal {
        UnknownParticipant(String participantId) {
            super("unknown_participant", "There is no participant '" + participantId + "' in this conference.");
        }
    }
}
