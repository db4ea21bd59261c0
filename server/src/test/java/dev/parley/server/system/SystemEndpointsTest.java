package dev.parley.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.ApiClient;
import dev.parley.server.ParleyServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What an operator and a browser rely on besides the API: probes, metrics, security headers, no session cookie. */
@ParleyServerTest
class SystemEndpointsTest {
    @Autowired
    ApiClient api;

    @Test
    void livenessAndReadinessAreUpWithoutAToken() {
        assertThat(api.get("/actuator/health/liveness", null).json().get("status").asString()).isEqualTo("UP");
        assertThat(api.get("/actuator/health/readiness", null).json().get("status").asString()).isEqualTo("UP");
    }

    @Test
    void prometheusExposesJvmAndHttpMetrics() {
        ApiClient.Response metrics = api.get("/actuator/prometheus", null);

        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes", "hikaricp_connections");
    }

    @Test
    void responsesCarryTheContentSecurityPolicyAndNoSession() {
        ApiClient.Response response = api.get("/actuator/health/liveness", null);

        assertThat(response.header("Content-Security-Policy"))
                .contains("default-src 'self'", "script-src 'self'", "media-src 'self' blob: mediastream:", "connect-src 'self'",
                        "frame-ancestors 'none'");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.header("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(response.header("Set-Cookie")).isNull();
    }

    @Test
    void headOnWebClientPathsNeedsNoToken() {
        assertThat(api.send("HEAD", "/no-such-file.css", java.util.Map.of(), null).status()).isEqualTo(404);
        assertThat(api.send("HEAD", "/users/me", java.util.Map.of(), null).status()).isEqualTo(401);
    }
}
