package dev.parley.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The account-existence check behind the Bearer filter: positives are remembered for a short while, negatives never. */
class LiveAccountsTest {
    private final MutableClock clock = MutableClock.at(Instant.parse("2030-01-01T00:00:00Z"));
    private final Set<Long> existing = new HashSet<>(Set.of(1L, 2L));
    private final AtomicInteger lookups = new AtomicInteger();
    private final LiveAccounts accounts = new LiveAccounts(id -> {
        lookups.incrementAndGet();
        return existing.contains(id);
    }, clock);

    @Test
    void anExistingAccountIsLookedUpOncePerTtl() {
        assertThat(accounts.exists(1)).isTrue();
        assertThat(accounts.exists(1)).isTrue();
        assertThat(lookups).hasValue(1);

        clock.advance(LiveAccounts.TTL.plusSeconds(1));
        assertThat(accounts.exists(1)).isTrue();
        assertThat(lookups).hasValue(2);
    }

    @Test
    void aDeletedAccountIsRefusedOnceTheTtlHasPassed() {
        assertThat(accounts.exists(2)).isTrue();
        existing.remove(2L);

        clock.advance(LiveAccounts.TTL.minus(Duration.ofSeconds(1)));
        assertThat(accounts.exists(2)).as("still remembered").isTrue();
        clock.advance(Duration.ofSeconds(2));
        assertThat(accounts.exists(2)).isFalse();
    }

    @Test
    void anUnknownAccountIsNeverRemembered() {
        assertThat(accounts.exists(3)).isFalse();
        existing.add(3L);

        assertThat(accounts.exists(3)).isTrue();
    }

    @Test
    void theMemoryIsBounded() {
        for (long id = 0; id < LiveAccounts.MAX_ENTRIES + 10; id++) {
            existing.add(id);
            accounts.exists(id);
        }
        int before = lookups.get();

        accounts.exists(0);

        assertThat(lookups.get()).as("the early entries were dropped when the memory started over").isEqualTo(before + 1);
    }
}
