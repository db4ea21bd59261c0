package dev.parley.server.moderation;

import java.util.List;

/**
 * The {@code moderation} message: who is in the call (participant ids in join order, once their socket is connected), who the
 * hosts are, the raised hands in the order they were raised, who is hard muted and
 * (hosts only; empty for everyone else) who was removed and may be readmitted.
 */
public record ModerationState(List<String> participants, List<String> hosts, List<String> hands, List<String> hardMuted, List<Removed> removed) {
    public ModerationState {
        participants = List.copyOf(participants);
        hosts = List.copyOf(hosts);
        hands = List.copyOf(hands);
        hardMuted = List.copyOf(hardMuted);
        removed = List.copyOf(removed);
    }

    /** A removed person: {@code id} is what {@code readmit} takes; {@code name} as the others saw them. */
    public record Removed(String id, String name) {
    }
}
