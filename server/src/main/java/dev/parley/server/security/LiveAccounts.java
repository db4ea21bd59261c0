package dev.parley.server.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.stereotype.Component;

/**
 * Answers "does the account an access token names still exist?" for the Bearer filter and the signaling
 * {@code hello}. An access token stays valid for its whole
 * lifetime even if its account is deleted; without this check such a token reached the database as a user id that is gone (a
 * foreign-key 500 on create meeting or calendar feed, a join token for nobody). Positive answers are remembered for {@link #TTL}
 * so that a busy client costs one query per half minute, not one per request; a deleted account is therefore refused at most
 * that long after its deletion. Negative answers are never cached (a new account must work at once).
 */
@Component
public class LiveAccounts {
    /** Why a token of a deleted account is refused: the REST 401's detail and the signaling hello's error say the same. */
    public static final String ACCOUNT_GONE = "The account this access token belongs to no longer exists; sign in again.";
    static final Duration TTL = Duration.ofSeconds(30);
    /** Bound on remembered accounts; past it the memory starts over (a cache miss costs one indexed lookup). */
    static final int MAX_ENTRIES = 10_000;

    private final AccountLookup lookup;
    private final Clock clock;
    /** user id → until when its existence is taken as confirmed. A concurrent map: the filter runs on many request threads. */
    private final ConcurrentMap<Long, Instant> confirmed = new ConcurrentHashMap<>();

    LiveAccounts(AccountLookup lookup, Clock clock) {
        this.lookup = lookup;
        this.clock = clock;
    }

    public boolean exists(long userId) {
        Instant now = clock.instant();
        Instant until = confirmed.get(userId);
        if (until != null && now.isBefore(until)) {
            return true;
        }
        if (!lookup.exists(userId)) {
            confirmed.remove(userId);
            return false;
        }
        if (confirmed.size() >= MAX_ENTRIES) {
            confirmed.clear();
        }
        confirmed.put(userId, now.plus(TTL));
        return true;
    }
}
