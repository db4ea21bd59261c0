package dev.parley.server.security;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Argon2id with the OWASP Password Storage Cheat Sheet's first recommended setting: 19 MiB of memory, 2 iterations, parallelism 1,
 * 16-byte salt, 32-byte hash. Each login and registration pays one hash on purpose; BouncyCastle provides the implementation.
 * The hashing runs on its own bounded pool ({@link BoundedPasswordEncoder}, {@code parley.password-hashing.*}).
 */
@Configuration(proxyBeanMethods = false)
class PasswordConfig {
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final int PARALLELISM = 1;
    private static final int MEMORY_KIB = 19 * 1024;
    private static final int ITERATIONS = 2;

    @Bean
    PasswordEncoder passwordEncoder(PasswordHashingProperties properties, MeterRegistry meters) {
        return new BoundedPasswordEncoder(new Argon2PasswordEncoder(SALT_BYTES, HASH_BYTES, PARALLELISM, MEMORY_KIB, ITERATIONS),
                properties, meters);
    }
}
