package dev.parley.server.security;

import dev.parley.server.problem.ProblemException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Admits at most as many logins and registrations at once as the hashing pool can run or queue (threads + queue), before they
 * touch the database. Bounding only the hash was not enough: in a 300-login storm every request first looked its user up, the
 * ten pooled database connections were fought over for 40 s and the losers answered 500. Whoever is not admitted gets 503 with
 * Retry-After at once, having cost nothing.
 */
@Component
public class HashingAdmission {
    private static final Logger log = LoggerFactory.getLogger(HashingAdmission.class);

    private final Semaphore permits;
    private final Counter refused;

    HashingAdmission(PasswordHashingProperties properties, MeterRegistry meters) {
        this.permits = new Semaphore(properties.effectiveThreads() + properties.queue());
        this.refused = Counter.builder("parley.password.admission.refused")
                .description("logins and registrations refused with 503 before any work because too many were in progress")
                .register(meters);
    }

    /** Runs {@code work} (which looks a user up and checks or hashes a password) if a permit is free; else 503 at once. */
    public <T> T admit(Supplier<T> work) {
        if (!permits.tryAcquire()) {
            refused.increment();
            log.debug("password check refused before starting: too many in progress");
            throw ProblemException.overloaded(BoundedPasswordEncoder.BUSY, BoundedPasswordEncoder.RETRY_AFTER);
        }
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }
}
