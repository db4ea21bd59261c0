package dev.parley.server.conference;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many live ad-hoc rooms each account has opened (issue 8 defect 6: one account opened 250 rooms, a Router loop thread
 * each). Thread-safe: counts change inside {@link ConcurrentHashMap#compute}.
 */
final class AdHocRooms {
    private final int maxPerAccount;
    private final Map<Long, Integer> open = new ConcurrentHashMap<>();

    AdHocRooms(int maxPerAccount) {
        this.maxPerAccount = maxPerAccount;
    }

    /** Counts a room {@code userId} opens; refuses the one past the limit. */
    void open(long userId) {
        open.compute(userId, (id, count) -> {
            int now = count == null ? 0 : count;
            if (now >= maxPerAccount) {
                throw new ConferenceException(ConferenceError.TOO_MANY_ROOMS, "You already have " + maxPerAccount
                        + " rooms open, the most one account may have at a time; leave one before opening another.");
            }
            return now + 1;
        });
    }

    void closed(long userId) {
        open.computeIfPresent(userId, (id, count) -> count <= 1 ? null : count - 1);
    }

    int openBy(long userId) {
        return open.getOrDefault(userId, 0);
    }
}
