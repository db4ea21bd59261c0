package dev.parley.server.conference;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A conference's participants in join order, and the ways to reach them. The one roster of a conference (0007): parts ask
 * the conference, which asks this. Touched only on the conference's executor, so it needs no lock.
 */
final class Roster {
    private final String conferenceId;
    private final Map<String, Participant> byId = new LinkedHashMap<>();

    Roster(String conferenceId) {
        this.conferenceId = conferenceId;
    }

    /** The participant, or null. */
    Participant get(String participantId) {
        return byId.get(participantId);
    }

    /** The participant, or a FORBIDDEN refusal for someone who is not (or no longer) in the conference. */
    Participant member(String participantId) {
        Participant participant = byId.get(participantId);
        if (participant == null) {
            throw notMember();
        }
        return participant;
    }

    void add(Participant participant) {
        byId.put(participant.id(), participant);
    }

    /** Removes and returns the participant, or null when they already left. */
    Participant remove(String participantId) {
        return byId.remove(participantId);
    }

    boolean isEmpty() {
        return byId.isEmpty();
    }

    int size() {
        return byId.size();
    }

    boolean contains(String participantId) {
        return byId.containsKey(participantId);
    }

    boolean hasUser(long userId) {
        return byId.values().stream().anyMatch(p -> p.user().userId() == userId);
    }

    /** Everyone, in join order: a read-only live view (no copy), for loops that do not change the roster. */
    Collection<Participant> all() {
        return Collections.unmodifiableCollection(byId.values());
    }

    /** Everyone, in join order: a copy, safe to iterate while removing. */
    List<Participant> copy() {
        return new ArrayList<>(byId.values());
    }

    List<Participant> others(String participantId) {
        return byId.values().stream().filter(p -> !p.id().equals(participantId)).toList();
    }

    List<ConferenceEvent.ParticipantView> views() {
        return byId.values().stream().map(Participant::view).toList();
    }

    /** The participants' ids with their live Consumer ids, in join order. */
    Map<String, List<String>> consumersByParticipant() {
        Map<String, List<String>> result = new LinkedHashMap<>();
        byId.forEach((pid, participant) -> result.put(pid, participant.subscriber().consumerIds()));
        return result;
    }

    /** Queues a message to one participant, if present. */
    void send(String participantId, String type, Object body) {
        Participant participant = byId.get(participantId);
        if (participant != null) {
            participant.channel().send(type, body);
        }
    }

    void broadcast(ConferenceEvent event) {
        byId.values().forEach(p -> p.channel().send(event));
    }

    void broadcastFrom(String fromParticipantId, ConferenceEvent event) {
        for (Participant other : byId.values()) {
            if (!other.id().equals(fromParticipantId)) {
                other.channel().send(event);
            }
        }
    }

    ConferenceException notMember() {
        return new ConferenceException(ConferenceError.FORBIDDEN,
                "You are not a participant of conference " + conferenceId + ".");
    }
}
