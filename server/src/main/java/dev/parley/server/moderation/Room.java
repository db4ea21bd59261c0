package dev.parley.server.moderation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The moderation state of one live conference: its participants as moderation knows them, its hosts, the raised-hand queue,
 * who is hard muted and the deny list of removed people. Every method is synchronized on the Room itself (the lock that guards
 * all fields); no method calls into the Conference, so this lock never nests with a conference's.
 */
final class Room {
    /** One participant: the key that identifies the person across rejoins ({@link Moderation#personKey}) and their socket. */
    private record Member(String name, String personKey, ModerationChannel channel) {
    }

    /** Whether this is an ad-hoc room (any signed-in user may join), where the first joiner becomes host. */
    private final boolean adHoc;
    private final Reactions reactions;
    private final Map<String, Member> members = new LinkedHashMap<>();
    private final Set<String> hosts = new LinkedHashSet<>();
    private final Set<String> hands = new LinkedHashSet<>();
    private final Set<String> hardMuted = new LinkedHashSet<>();
    /** Removed people by person key → name; they cannot rejoin until a host readmits them. */
    private final Map<String, String> denied = new LinkedHashMap<>();

    Room(boolean adHoc, Clock clock) {
        this.adHoc = adHoc;
        this.reactions = new Reactions(clock);
    }

    /** A participant joined: a HOST grant makes them host, and so does being first in an ad-hoc room without one. */
    synchronized void joined(String participantId, String name, String personKey, boolean hostRole) {
        if (hostRole || (adHoc && hosts.isEmpty() && members.isEmpty())) {
            hosts.add(participantId);
        }
        members.put(participantId, new Member(name, personKey, null));
    }

    /** The participant's socket is ready for moderation messages: send everyone the new state. */
    synchronized void connected(String participantId, ModerationChannel channel) {
        Member member = members.get(participantId);
        if (member != null) {
            members.put(participantId, new Member(member.name(), member.personKey(), channel));
            publish();
        }
    }

    /** A participant left or was removed; an ad-hoc room left without a host hands the role to the longest present. */
    synchronized void left(String participantId) {
        if (members.remove(participantId) == null) {
            return;
        }
        hosts.remove(participantId);
        hands.remove(participantId);
        hardMuted.remove(participantId);
        reactions.forget(participantId);
        if (adHoc && hosts.isEmpty() && !members.isEmpty()) {
            hosts.add(members.keySet().iterator().next());
        }
        publish();
    }

    /** Nobody is here and nobody is denied: the state can go. */
    synchronized boolean disposable() {
        return members.isEmpty() && denied.isEmpty();
    }

    /** @return the actor's display name, for "muted by Ada" */
    synchronized String requireHost(String actorId, String action) {
        if (!hosts.contains(actorId)) {
            throw new ModerationException("not_host", "Only the host can " + action + ".");
        }
        return members.get(actorId).name();
    }

    synchronized void requireMember(String participantId) {
        if (!members.containsKey(participantId)) {
            throw new ModerationException("unknown_participant", "There is no participant '" + participantId
                    + "' in this conference.");
        }
    }

    synchronized boolean isHost(String participantId) {
        return hosts.contains(participantId);
    }

    synchronized List<String> participantIds() {
        return List.copyOf(members.keySet());
    }

    synchronized void setHardMuted(String participantId, boolean hard) {
        if (hard) {
            hardMuted.add(participantId);
        } else {
            hardMuted.remove(participantId);
        }
        publish();
    }

    synchronized boolean isHardMuted(String participantId) {
        return hardMuted.contains(participantId);
    }

    /** Puts the participant's person on the deny list; returns their socket so the caller can close it after the leave. */
    synchronized ModerationChannel deny(String participantId) {
        Member member = members.get(participantId);
        denied.put(member.personKey(), member.name());
        return member.channel();
    }

    synchronized boolean isDenied(String personKey) {
        return denied.containsKey(personKey);
    }

    synchronized void readmit(String personKey) {
        if (denied.remove(personKey) == null) {
            throw new ModerationException("unknown_removed", "Nobody removed from this conference has the id '" + personKey
                    + "'.");
        }
        publish();
    }

    synchronized void raiseHand(String participantId) {
        if (hands.add(participantId)) {
            publish();
        }
    }

    synchronized void lowerHand(String actorId, String participantId) {
        if (!actorId.equals(participantId) && !hosts.contains(actorId)) {
            throw new ModerationException("not_host", "Only the host can lower someone else's hand.");
        }
        if (hands.remove(participantId)) {
            publish();
        }
    }

    synchronized void react(String participantId, String emoji) {
        reactions.accept(participantId, emoji);
        broadcast("reaction", new Notices.Reaction(participantId, emoji));
    }

    synchronized void send(String participantId, String type, Object body) {
        Member member = members.get(participantId);
        if (member != null && member.channel() != null) {
            member.channel().send(type, body);
        }
    }

    private void broadcast(String type, Object body) {
        members.values().stream().filter(m -> m.channel() != null).forEach(m -> m.channel().send(type, body));
    }

    /** Sends each connected participant the state; only hosts see the deny list. */
    private void publish() {
        List<ModerationState.Removed> removed = new ArrayList<>();
        denied.forEach((key, name) -> removed.add(new ModerationState.Removed(key, name)));
        List<String> connected = members.entrySet().stream().filter(e -> e.getValue().channel() != null)
                .map(Map.Entry::getKey).toList();
        ModerationState forHosts = new ModerationState(connected, List.copyOf(hosts), List.copyOf(hands), List.copyOf(hardMuted), removed);
        ModerationState forOthers = new ModerationState(connected, forHosts.hosts(), forHosts.hands(), forHosts.hardMuted(), List.of());
        members.forEach((id, member) -> {
            if (member.channel() != null) {
                member.channel().send("moderation", hosts.contains(id) ? forHosts : forOthers);
            }
        });
    }
}
