package dev.parley.server;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;

/** Beans every Spring test shares: the controllable clock and an HTTP client aimed at the running server. */
@TestConfiguration(proxyBeanMethods = false)
class ParleyTestConfiguration {
    @Bean
    @Primary
    MutableClock testClock() {
        return MutableClock.following();
    }

    @Bean
    ApiClient apiClient(Environment environment) {
        return new ApiClient(() -> environment.getRequiredProperty("local.server.port", Integer.class));
    }
}
