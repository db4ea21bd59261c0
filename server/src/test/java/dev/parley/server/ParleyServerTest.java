package dev.parley.server;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * Put this, and nothing else that changes the context, on every Spring test: the whole suite then shares ONE running server
 * (Spring caches contexts by configuration; a second start costs ~20 CPU-seconds on the 2-core box). The server listens on a random
 * port ({@code @LocalServerPort}; or {@code @Autowired ApiClient}), uses {@link TestDatabase}, a temporary data directory and a
 * {@link MutableClock} (reset it after advancing).
 *
 * <p>Test properties: the per-address login throttle and the per-address rate limits are effectively off because every test
 * request comes from 127.0.0.1 (their logic is unit-tested in {@code InMemoryLoginThrottleTest} and {@code RateLimiterTest}, and
 * end to end under {@link OverloadServerTest}); the per-username one stays at its default, so tests use fresh usernames. Logs are
 * plain text.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "parley.auth.throttle.max-failures-per-address=1000000",
        "parley.rate-limit.registrations-per-address=1000000",
        "parley.rate-limit.guest-joins-per-address=1000000",
        "logging.structured.format.console=",
        // Media stays on loopback (shared/TESTING.md "KEEP MEDIA ON LOOPBACK"): a free UDP port on 127.0.0.1, announced as
        // such, and ICE checks accepted only from loopback sources.
        "parley.media.port=0",
        "parley.media.bind-address=127.0.0.1",
        "parley.media.announced-addresses=127.0.0.1",
        "parley.media.ice-allowed-sources=127.0.0.1/32,::1/128",
})
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Import(ParleyTestConfiguration.class)
public @interface ParleyServerTest {
}
