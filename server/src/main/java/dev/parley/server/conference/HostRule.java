package dev.parley.server.conference;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The one notion of host in a live conference, for every host control (moderation, chat deletion, screen sharing, the
 * lobby): in a meeting's conference whoever holds a HOST join token; in an ad-hoc room the first joiner, and when the last
 * host leaves, the participant present longest. Not thread-safe: used on the conference's executor only.
 */
final class HostRule {
    private final boolean adHoc;
    private final Set<String> hosts = new LinkedHashSet<>();

    HostRule(boolean adHoc) {
        this.adHoc = adHoc;
    }

    /** {@code participant} joined; {@code alone}: nobody else is in the conference. */
    void joined(Participant participant, boolean alone) {
        if (participant.role() == ParticipantRole.HOST || (adHoc && alone && hosts.isEmpty())) {
            hosts.add(participant.id());
        }
    }

    /** {@code participantId} left; {@code remaining} in join order, for the ad-hoc hand-over. */
    void left(String participantId, List<Participant> remaining) {
        hosts.remove(participantId);
        if (adHoc && hosts.isEmpty() && !remaining.isEmpty()) {
            hosts.add(remaining.getFirst().id());
        }
    }

    boolean isHost(String participantId) {
        return hosts.contains(participantId);
    }

    List<String> ids() {
        return List.copyOf(hosts);
    }
}
