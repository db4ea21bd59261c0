package dev.parley.server.turn;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The credentials {@link IceServers} hands out, judged by a real coturn with {@code use-auth-secret}. */
class TurnCredentialsCoturnTest {
    private static final String SECRET = "test-only-shared-secret-" + System.nanoTime();
    private static Coturn coturn;

    @BeforeAll
    static void startCoturn() throws Exception {
        coturn = Coturn.start(SECRET);
    }

    @AfterAll
    static void stopCoturn() {
        if (coturn != null) {
            coturn.close();
        }
    }

    @Test
    void aHandedOutCredentialGetsAnAllocation() throws Exception {
        IceServer server = servers(SECRET, MutableClock.following()).forParticipant("user42").getFirst();

        assertThat(TurnClient.allocate(coturn.port(), server.username(), server.credential())).as(coturn.log()).isZero();
    }

    @Test
    void anExpiredCredentialIsRefused() throws Exception {
        // Signed correctly, but handed out 13 hours ago with a 12-hour lifetime.
        MutableClock past = MutableClock.at(Instant.now().minus(Duration.ofHours(13)));
        IceServer server = servers(SECRET, past).forParticipant("user42").getFirst();

        assertThat(TurnClient.allocate(coturn.port(), server.username(), server.credential())).isEqualTo(401);
    }

    @Test
    void aForgedCredentialIsRefused() throws Exception {
        IceServer forged = servers("not-the-shared-secret", MutableClock.following()).forParticipant("user42").getFirst();
        IceServer genuine = servers(SECRET, MutableClock.following()).forParticipant("user42").getFirst();

        assertThat(TurnClient.allocate(coturn.port(), forged.username(), forged.credential())).isEqualTo(401);
        // A later expiry written into a genuine credential's username breaks its signature.
        long expiry = Long.parseLong(genuine.username().substring(0, genuine.username().indexOf(':')));
        assertThat(TurnClient.allocate(coturn.port(), (expiry + 86_400) + ":user42", genuine.credential())).isEqualTo(401);
    }

    private IceServers servers(String secret, MutableClock clock) {
        return new IceServers(new TurnProperties(List.of(coturn.url()), secret, Duration.ofHours(12)), clock);
    }
}
