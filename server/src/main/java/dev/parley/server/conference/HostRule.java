package dev.parley.server.conference;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The one notion of host in a live conference, for every host control (moderation, chat deletion, screen sharing, the
 * lobby): in a meeting's conference whoever holds a HOST join token, which only the meeting's host account gets; in an
 * ad-hoc room the first joiner, and when the last host leaves, the participant present longest. Someone not in the call
 * (a host watching the lobby before joining) is asked about by account: the meeting's host account, or an account whose
 * participant hosts. Not thread-safe: used on the conference's executor only.
 */
final class HostRule {
    private final boolean adHoc;
    private final OptionalLong meetingHost;
    private final Set<String> hosts = new LinkedHashSet<>();

    HostRule(boolean adHoc, OptionalLong meetingHost) {
        this.adHoc = adHoc;
        this.meetingHost = meetingHost;
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

    /** Whether the account {@code userId} hosts; {@code present}: the participants now in the call. */
    boolean isHostAccount(long userId, Collection<Participant> present) {
        if (meetingHost.isPresent() && meetingHost.getAsLong() == userId) {
            return true;
        }
        return present.stream().anyMatch(p -> p.user().userId() == userId && hosts.contains(p.id()));
    }

    List<String> ids() {
        return List.copyOf(hosts);
    }
}
