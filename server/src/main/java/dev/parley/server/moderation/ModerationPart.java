package dev.parley.server.moderation;

import dev.parley.server.conference.Conference;
import dev.parley.server.conference.ConferencePart;
import dev.parley.server.conference.ConferenceUser;
import dev.parley.server.conference.MediaSource;
import dev.parley.server.conference.Participant;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Moderation's share of one live conference: the raised-hand queue, who is hard muted, the deny list of removed people and
 * the reaction rate limit. Who hosts is the conference's rule ({@link Conference#isHost}). Used on the conference's executor
 * only, so plain fields; every change sends the {@code moderation} state to everyone.
 */
public final class ModerationPart implements ConferencePart {
    private final Reactions reactions;
    private final Set<String> hands = new LinkedHashSet<>();
    private final Set<String> hardMuted = new LinkedHashSet<>();
    /** Removed people by person key → name; they cannot rejoin until a host readmits them. */
    private final Map<String, String> denied;
    private final DenyLists denyLists;
    private final String conferenceId;

    ModerationPart(String conferenceId, Clock clock, DenyLists denyLists) {
        this.conferenceId = conferenceId;
        this.reactions = new Reactions(clock);
        this.denyLists = denyLists;
        this.denied = new LinkedHashMap<>(denyLists.take(conferenceId));
    }

    @Override
    public void checkJoin(Conference conference, ConferenceUser user) {
        if (denied.containsKey(user.personKey())) {
            throw new ModerationException("removed_by_host",
                    "The host removed you from this meeting; you can rejoin only if the host readmits you.");
        }
    }

    @Override
    public void joined(Conference conference, Participant participant) {
        publish(conference);
    }

    /** The resumed client gets the state (hands, hard mutes, hosts) as it is now; the seat kept its own hand and mute. */
    @Override
    public void resumed(Conference conference, Participant participant, boolean fresh) {
        publish(conference);
    }

    @Override
    public void left(Conference conference, Participant participant) {
        hands.remove(participant.id());
        hardMuted.remove(participant.id());
        reactions.forget(participant.id());
        publish(conference);
    }

    /** A hard-muted participant's microphone stays paused even when their client publishes it again as a new Producer. */
    @Override
    public void publishSettled(Conference conference, Participant publisher) {
        if (hardMuted.contains(publisher.id())) {
            conference.publishing().pauseAll(publisher, MediaSource.MICROPHONE);
        }
    }

    /** The deny list outlives an emptied conference: the next one under the same id starts with it. */
    @Override
    public void closed(Conference conference) {
        denyLists.keep(conferenceId, denied);
    }

    boolean isHardMuted(String participantId) {
        return hardMuted.contains(participantId);
    }

    void setHardMuted(Conference conference, String participantId, boolean hard) {
        if (hard ? hardMuted.add(participantId) : hardMuted.remove(participantId)) {
            publish(conference);
        }
    }

    void deny(Conference conference, Participant participant) {
        denied.put(participant.personKey(), participant.displayName());
        publish(conference);
    }

    void readmit(Conference conference, String personKey) {
        if (denied.remove(personKey) == null) {
            throw new ModerationException("unknown_removed", "Nobody removed from this conference has the id '" + personKey
                    + "'.");
        }
        publish(conference);
    }

    void raiseHand(Conference conference, String participantId) {
        if (hands.add(participantId)) {
            publish(conference);
        }
    }

    void lowerHand(Conference conference, String actorId, String participantId) {
        if (!actorId.equals(participantId) && !conference.isHost(actorId)) {
            throw new ModerationException("not_host", "Only the host can lower someone else's hand.");
        }
        if (hands.remove(participantId)) {
            publish(conference);
        }
    }

    void react(Conference conference, String participantId, String emoji) {
        reactions.accept(participantId, emoji);
        Notices.Reaction reaction = new Notices.Reaction(participantId, emoji);
        conference.members().forEach(p -> p.channel().send("reaction", reaction));
    }

    /** Sends each participant the state; only hosts see the deny list. */
    private void publish(Conference conference) {
        List<ModerationState.Removed> removed = new ArrayList<>();
        denied.forEach((key, name) -> removed.add(new ModerationState.Removed(key, name)));
        List<Participant> members = conference.members();
        List<String> ids = members.stream().map(Participant::id).toList();
        ModerationState forHosts = new ModerationState(ids, conference.hostIds(), List.copyOf(hands), List.copyOf(hardMuted),
                removed);
        ModerationState forOthers = new ModerationState(ids, forHosts.hosts(), forHosts.hands(), forHosts.hardMuted(),
                List.of());
        for (Participant member : members) {
            member.channel().send("moderation", conference.isHost(member.id()) ? forHosts : forOthers);
        }
    }
}
