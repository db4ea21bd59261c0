package dev.parley.server.auth;

import java.time.Duration;

/**
 * Counts failed logins per username and per client address in sliding windows. In memory on a single node; a shared (Redis)
 * implementation replaces it when several nodes must see each other's counts.
 */
interface LoginThrottle {
    /** How long this attempt must wait, or {@link Duration#ZERO} if it may proceed. */
    Duration retryAfter(String username, String address);

    void recordFailure(String username, String address);

    /** A correct password clears the username's count (not the address's: one address may be spraying many accounts). */
    void recordSuccess(String username);
}
