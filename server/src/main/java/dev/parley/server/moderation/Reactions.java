package dev.parley.server.moderation;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Which emoji reactions exist and how often one participant may send them: at most {@link #BURST} per
 * {@link #WINDOW_MILLIS} (a sliding window), enough for a burst of applause, too few to flood everyone's screen. Not
 * thread-safe: used on its conference's executor only.
 */
final class Reactions {
    /** The palette the client shows; anything else is refused so a reaction can never carry text. */
    static final Set<String> ALLOWED = Set.of("👍", "👏", "❤️", "😂", "😮", "🎉");
    static final int BURST = 5;
    static final long WINDOW_MILLIS = 10_000;

    private final Clock clock;
    /** Send times (epoch ms) of each participant's recent reactions, oldest first. */
    private final Map<String, Deque<Long>> recent = new HashMap<>();

    Reactions(Clock clock) {
        this.clock = clock;
    }

    /**
     * Checks and records one reaction.
     *
     * @throws ModerationException "invalid_reaction" or "rate_limited"
     */
    void accept(String participantId, String emoji) {
        if (emoji == null || !ALLOWED.contains(emoji)) {
            throw new ModerationException("invalid_reaction", "A reaction is one of " + String.join(" ", ALLOWED) + ".");
        }
        long now = clock.millis();
        Deque<Long> times = recent.computeIfAbsent(participantId, id -> new ArrayDeque<>());
        while (!times.isEmpty() && now - times.peekFirst() >= WINDOW_MILLIS) {
            times.pollFirst();
        }
        if (times.size() >= BURST) {
            throw new ModerationException("rate_limited", "Slow down: at most " + BURST + " reactions every "
                    + WINDOW_MILLIS / 1000 + " seconds.");
        }
        times.addLast(now);
    }

    void forget(String participantId) {
        recent.remove(participantId);
    }
}
