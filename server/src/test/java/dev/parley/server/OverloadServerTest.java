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
 * The second (and only other) shared test server, for the tests of the per-address limits and of overload (issue 8, defects 5
 * and 6): it trusts {@code X-Forwarded-For} from loopback ({@code server.forward-headers-strategy=native}), so each test request
 * can come from an address of its own, and keeps the per-address limits on with small, known values. Every class that needs
 * this puts exactly this annotation on, so they all share one context (a start costs ~20 CPU-seconds). Same database as
 * {@link ParleyServerTest}; use fresh usernames and fresh addresses ({@link TestAddresses#next()}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "server.forward-headers-strategy=native",
        "parley.rate-limit.registrations-per-address=" + OverloadServerTest.REGISTRATIONS,
        "parley.rate-limit.guest-joins-per-address=" + OverloadServerTest.GUEST_JOINS,
        "parley.password-hashing.threads=1",
        "parley.password-hashing.queue=" + OverloadServerTest.HASH_QUEUE,
        "logging.structured.format.console=",
        "parley.media.port=0",
        "parley.media.bind-address=127.0.0.1",
        "parley.media.announced-addresses=127.0.0.1",
        "parley.media.ice-allowed-sources=127.0.0.1/32,::1/128",
})
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Import(ParleyTestConfiguration.class)
public @interface OverloadServerTest {
    /** parley.rate-limit.registrations-per-address (per the default hour). */
    int REGISTRATIONS = 3;
    /** parley.rate-limit.guest-joins-per-address (per the default minute). */
    int GUEST_JOINS = 4;
    /** parley.password-hashing.queue, with one hashing thread. */
    int HASH_QUEUE = 16;
}
