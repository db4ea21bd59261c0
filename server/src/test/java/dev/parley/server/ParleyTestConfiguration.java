package dev.parley.server;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Beans every Spring test shares: the controllable clock. */
@TestConfiguration(proxyBeanMethods = false)
class ParleyTestConfiguration {
    @Bean
    @Primary
    MutableClock testClock() {
        return MutableClock.following();
    }
}
