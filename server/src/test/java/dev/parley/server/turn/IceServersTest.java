package dev.parley.server.turn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.server.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class IceServersTest {
    private final MutableClock clock = MutableClock.at(Instant.parse("2026-01-01T00:00:00Z"));

    @Test
    void noTurnServerConfiguredMeansNoIceServers() {
        IceServers servers = new IceServers(new TurnProperties(List.of(), "", Duration.ofHours(12)), clock);

        assertThat(servers.forParticipant("user42")).isEmpty();
    }

    @Test
    void credentialIsExpiryColonWhoSignedWithTheSharedSecret() {
        IceServers servers = new IceServers(new TurnProperties(
                List.of("turn:turn.example.org:3478?transport=udp", "turns:turn.example.org:5349"), "north-wind",
                Duration.ofHours(12)), clock);

        IceServer server = servers.forParticipant("user42").getFirst();

        // 2026-01-01T00:00Z + 12 h = 1767268800; the password was computed independently:
        // base64(HMAC-SHA1("north-wind", "1767268800:user42")), as coturn's use-auth-secret checks it.
        assertThat(server.urls()).containsExactly("turn:turn.example.org:3478?transport=udp", "turns:turn.example.org:5349");
        assertThat(server.username()).isEqualTo("1767268800:user42");
        assertThat(server.credential()).isEqualTo("fV1/owoYxH4kTNedFiMGcSpK71A=");
        assertThat(server.toString()).doesNotContain(server.credential());
    }

    @Test
    void credentialsExpireWithTheClockAndNamesCannotForgeAnExpiry() {
        IceServers servers = new IceServers(new TurnProperties(List.of("turn:127.0.0.1:3478"), "s", Duration.ofMinutes(5)),
                clock);
        String first = servers.forParticipant("guest").getFirst().username();
        clock.advance(Duration.ofMinutes(1));

        assertThat(servers.forParticipant("guest").getFirst().username()).isNotEqualTo(first).endsWith(":guest");
        assertThat(servers.forParticipant("a:9999999999").getFirst().username()).endsWith(":a_9999999999");
    }

    @Test
    void configurationMistakesAreRefusedAtStartInWords() {
        assertThatThrownBy(() -> new TurnProperties(List.of("turn:127.0.0.1:3478"), " ", Duration.ofHours(1)))
                .hasMessageContaining("PARLEY_TURN_SECRET");
        assertThatThrownBy(() -> new TurnProperties(List.of("http://127.0.0.1"), "s", Duration.ofHours(1)))
                .hasMessageContaining("not a turn:");
        assertThatThrownBy(() -> new TurnProperties(List.of(), "", Duration.ZERO)).hasMessageContaining("positive");
        assertThat(new TurnProperties(List.of("turn:x"), "top-secret", Duration.ofHours(1)).toString())
                .doesNotContain("top-secret");
    }
}
